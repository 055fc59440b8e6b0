/**
 * Every sentence the content checks say to editors, except those a zod schema in src/schemas/
 * carries itself. Kept in one place so the wording stays consistent and can be translated here
 * alone. A message about a field or a file continues the line `file:line  field: `, so most
 * start with a verb ("is", "names", "contains"). Grouped by the module that reports them.
 */
import { PICTURE_FOLDER } from '../schemas/picture.ts';

/** The usual advice for a value YAML misreads. */
const QUOTE_IT = 'put the whole value in "double quotes" (a " inside it becomes \\", or use „…“)';

/** Reading content/: folders and files that are no collection file (read/content-files.ts). */
export const folderMessages = {
  symlink: 'is a symbolic link; links are refused, because one that points outside the repository would publish foreign files: put the file itself here',
  notACollection: (folders: string) => `is not a collection folder, so nothing in it is published: content/ holds only the folders ${folders} and ${PICTURE_FOLDER}/ for pictures`,
  notInContentRoot: 'does not belong directly in content/: pieces go into articles/ or explainers/, sources and timelines into sources/ or timeline/',
  folderInCollection: (collection: string) => `is a folder inside content/${collection}/, so nothing in it is published: files must stand directly in content/${collection}/`,
  notAnOrdinaryFile: 'is not an ordinary file: content/ holds only text files',
  folderInPictures: `is a folder inside content/${PICTURE_FOLDER}/, so nothing in it is published: pictures must stand directly in content/${PICTURE_FOLDER}/`,
  notAPictureKind: (kinds: string) => `is not a picture the site publishes: content/${PICTURE_FOLDER}/ holds only ${kinds} files`,
  notAnOrdinaryPicture: 'is not an ordinary file: content/ holds only text files and pictures',
  unreadableFolder: (reason: string) => `cannot be read (${reason}): check that it exists and is readable`,
};

/** A file whose extension is not its collection's (read/content-files.ts, wrongExtension). */
export const extensionMessages = {
  capitals: (actual: string, renamed: string) => `has the extension "${actual}" in capitals: rename it to ${renamed}`,
  markdown: (renamed: string) => `is a Markdown file (.md), but pieces are MDX: rename it to ${renamed}`,
  yml: (actual: string, renamed: string) => `has the extension "${actual}": rename it to ${renamed} (the site uses .yaml only)`,
  otherCollection: (actual: string, holds: string, folders: string[]) => `is a ${actual} file, but ${holds}: it belongs in ${folders.join(' or ')}`,
  other: (actual: string, holds: string) => `has the extension "${actual}", but ${holds}`,
  none: (holds: string) => `has no extension, but ${holds}`,
  holds: (collection: string, extension: string) => `content/${collection}/ holds only <name>${extension} files`,
};

/** A picture file's bytes (read/content-files.ts). */
export const pictureFileMessages = {
  tooLarge: (megabytes: string, maximum: number) => `is ${megabytes} MB; a picture may have at most ${maximum} MB: save it smaller (about 2400 px wide, JPEG quality 85 is plenty)`,
  unreadable: 'is not a picture the site can read (its content is no JPEG, PNG, WebP or AVIF image, or the file is damaged): export it again as JPEG',
  couldNotRead: (reason: string) => `could not be read (${reason})`,
};

/** A content file's bytes and text, before any YAML (read/characters.ts, read/editor-file.ts). */
export const textMessages = {
  couldNotRead: (reason: string) => `could not be read (${reason}); if the file looks fine, tell the developers which file it is`,
  tooLarge: (megabytes: string, maximum: number) => `is ${megabytes} MB; a content file may have at most ${maximum} MB (see EDITING.md): split it, or move large data out of it`,
  utf16: 'is saved as UTF-16: save the file as UTF-8',
  binary: 'is not a text file (it contains binary data, a zero byte): content/ holds only text files',
  notUtf8: (byte: string, latin1: string | undefined) =>
    `is not saved as UTF-8: byte 0x${byte}${latin1 === undefined ? '' : ` (in Latin-1 it would be "${latin1}")`} is not valid UTF-8: save the file as UTF-8`,
  byteOrderMark: 'starts with an invisible byte order mark (BOM): save the file as UTF-8 without BOM (in most editors: "UTF-8", not "UTF-8 with BOM")',
  emptyPiece: 'is empty: a piece needs its frontmatter between two --- lines and its text (see EDITING.md)',
  emptyData: 'is empty: write its fields, one "name: value" per line (see EDITING.md)',
  invisible: (character: string, column: number, more: number) =>
    `contains an invisible ${character} in column ${column}${more > 0 ? ` and ${more} more on this line` : ''}: delete it (it cannot be seen, but it changes the text)`,
  oddSpace: (character: string, inIndentation: boolean) =>
    `has a ${character} ${inIndentation ? 'in the indentation' : 'after the colon'}, where YAML needs an ordinary space: replace it with a space`,
};

/** Characters an editor cannot see that change or break what readers get, by code point. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x200b: 'zero-width space',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space (byte order mark)',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x180e: 'Mongolian vowel separator',
};

/** Names of invisible characters, as an editor could look them up (read/characters.ts, describeCharacter). */
export const characterNames = {
  byCodePoint: INVISIBLE_NAMES,
  loneCarriageReturn: 'carriage return without a line feed',
  directionControl: 'text direction control',
  nonBreakingSpace: 'non-breaking space',
  control: 'control character',
  invisibleOperator: 'invisible operator',
  specialSpace: 'special space',
  /** "zero-width space (U+200B)". */
  withCodePoint: (name: string, codePoint: string) => `${name} (${codePoint})`,
};

/** An MDX file's frontmatter fences (read/editor-file.ts, findFrontmatter). */
export const frontmatterMessages = {
  spaceAfterOpening: 'the first line must be exactly --- (it has a space after the dashes): delete the space',
  emptyLinesAbove: (count: number) => `the frontmatter must start on line 1 with ---: delete the ${count === 1 ? 'empty line' : `${count} empty lines`} above it`,
  openingMissing: (nextFence: number) => `the first line must be --- to open the frontmatter (is it missing? the next --- stands on line ${nextFence})`,
  none: 'has no frontmatter: a piece starts with a line ---, then its fields (title: …), then another line --- (see EDITING.md)',
  spaceAfterClosing: 'this line must be exactly --- to close the frontmatter (it has a space after the dashes): delete the space',
  neverClosed: 'the frontmatter opened on line 1 is never closed: add a line --- after its last field',
};

/** YAML that does not parse, or parses to something else than the editor meant (read/editor-file.ts). */
export const yamlMessages = {
  colonInValue: `the value contains a colon followed by a space, which YAML reads as a new field: ${QUOTE_IT}`,
  notAField: 'is not a field: a field is written "name: value" on one line (is the colon missing, or is this line a continuation that needs indenting?)',
  indentedDifferentlyHereOrNext: 'this line or the next is indented differently from the fields around it: fields and list items of one level start in the same column',
  quoteNeverClosed: 'a quote opened here is never closed: end the value with the same quote mark',
  listItemMisaligned: 'a list item here is not lined up with the items above: start it with "- " in the same column',
  characterMissing: 'is not valid YAML here (a character is missing): check quotes, brackets and colons on this line',
  tabIndent: 'is indented with a tab: indent with spaces',
  duplicateField: (field: string) => `the field "${field}" appears twice: keep one`,
  listNotClosed: 'a list opened with [ is not closed with ] on the same line',
  indentedDifferently: 'is indented differently from the fields around it: fields of one level start in the same column',
  badStart: (character: string) => `a value cannot start with ${character} unquoted: ${QUOTE_IT}`,
  textAfterValue: `has text after the end of the value (a quoted value must end with its quote): ${QUOTE_IT}`,
  secondDocument: 'a line --- here starts a second block of fields, but a data file holds one: delete the line',
  badEscape: 'has a backslash in "double quotes" that starts no valid escape: write \\\\ for a backslash, or use single quotes',
  invalid: 'is not valid YAML here: check the quotes, colons, brackets and indentation of this line (see EDITING.md)',
  alias: (name: string) => `uses the YAML alias *${name}: write the value out instead (aliases are not allowed in content files)`,
  cutByComment: (value: string) => `ends at " #": YAML takes the rest of the line for a comment, so the value is only "${value}": ${QUOTE_IT}`,
};

/** What each type zod can expect means to an editor writing YAML. */
const EXPECTED: Record<string, string> = {
  boolean: 'must be true or false',
  array: 'must be a list: [a, b] on one line, or one "- entry" per line below the field',
  object: 'must be a group of fields, each "name: value" on its own line, indented below this one',
  string: 'must be text',
  number: 'must be a number',
};

/** A file against its collection's schema, where the schema has no words of its own (rules/schema.ts). */
export const schemaMessages = {
  fileName: (id: string) => `file name "${id}" must use only lower-case letters, digits and single hyphens: it becomes the entry id and the URL`,
  unknownField: (key: string, schemaFiles: string[]) => `"${key}" is not a known field (check its spelling; the fields are documented in ${schemaFiles.join(' and ')})`,
  notFields: (found: string) => `must consist of fields, one "name: value" per line (found ${found})`,
  missing: 'is required but missing',
  missingBecause: (detail: string) => `is required but missing (${detail})`,
  found: (message: string, found: string) => `${message} (found ${found})`,
  expected: EXPECTED,
  expectedOther: (type: string) => `must be ${type}`,
  tooFewEntries: (minimum: string) => `needs at least ${minimum} entries`,
  tooShort: (minimum: string) => `is too short (at least ${minimum} characters)`,
  tooManyEntries: (maximum: string) => `allows at most ${maximum} entries`,
  tooLong: (maximum: string) => `is too long (at most ${maximum} characters)`,
  oneOf: (values: string) => `must be one of ${values}`,
  otherForm: 'does not have a form this field allows: see its description in src/schemas/ and EDITING.md',
};

/** The rules in rules/ that check single fields of entries against each other and the build. */
export const ruleMessages = {
  // rules/placeholders.ts
  placeholder: (found: string) => `still holds the placeholder "${found}" from npm run new: replace it with your own text`,
  // rules/addresses.ts
  sameAddress: (path: string, other: string) => `would be published at ${path}, the same address as ${other}: rename one of the files`,
  // rules/updates.ts
  updatedBeforePublication: (updated: string, published: string) => `is ${updated}, before the publication (${published})`,
  updatedInFuture: (updated: string) => `is ${updated}, later than this build: date an update when it is made`,
  // rules/corrections.ts
  correctionBeforePublication: (date: string, published: string) => `is ${date}, before the publication (${published}): a correction cannot predate the piece`,
  correctionInFuture: (date: string) => `is ${date}, later than this build: date a correction when it is made`,
  correctionsOutOfOrder: (date: string, previous: string) => `is ${date}, before the correction above it (${previous}): list corrections oldest first`,
  wrongForm: (wrong: string, day: string | undefined, index: number, right: string) =>
    `contains "${wrong}", the wrong form corrected${day === undefined ? '' : ` on ${day}`} (corrections[${index}]): write "${right}"`,
  // rules/sources.ts
  unknownSource: (id: string) => `names the source "${id}", but there is no content/sources/${id}.yaml`,
  sourceInFuture: (date: string) => `is ${date}, later than this build: a source cannot be dated in the future`,
  uncitedSource: (id: string) => `source "${id}" is not cited by any piece or timeline`,
  // rules/bodies.ts
  emptyBody: "is empty: write the text of the piece below the frontmatter's closing --- line",
  // rules/timelines.ts
  duplicateEventId: (id: string) => `"${id}" is used twice in this timeline; event ids must be unique`,
};

/** Pictures a piece shows (rules/pictures.ts). */
export const pictureMessages = {
  missing: (name: string) => `names the picture "${name}", but there is no content/${PICTURE_FOLDER}/${name}: save the picture there under this name`,
  /** `problem` is one of pictureFileMessages. */
  unusable: (name: string, problem: string) => `content/${PICTURE_FOLDER}/${name} ${problem}`,
  wrongExtension: (name: string, format: string, promised: string | undefined, renamed: string) =>
    `content/${PICTURE_FOLDER}/${name} is a ${format} picture with the extension of a ${promised ?? 'different'} one: rename it to ${renamed}`,
  tooNarrow: (name: string, width: number, height: number, why: string) => `content/${PICTURE_FOLDER}/${name} is ${width} × ${height} px; ${why}: use a larger version`,
  leadMinimum: (minimum: number) => `a lead image must be at least ${minimum} px wide, the width of the social card`,
  inlineMinimum: (minimum: number) => `a picture in the text must be at least ${minimum} px wide, the width of the column`,
  unshown: 'is not shown by any piece; delete it or use it',
};

/** References between entries and redirects (rules/references.ts, rules/redirects.ts). */
export const referenceMessages = {
  // rules/references.ts
  unknownArticle: (id: string) => `names the article "${id}", but there is no content/articles/${id}.mdx`,
  unpublishedArticle: (id: string, why: string) => `names the article "${id}", which ${why}`,
  relatedItself: 'names this explainer itself; list other explainers only',
  unknownExplainer: (id: string) => `names the explainer "${id}", but there is no content/explainers/${id}.mdx`,
  unpublishedExplainer: (id: string, why: string) => `names the explainer "${id}", which ${why}`,
  unknownLinkTarget: (kind: string, id: string, collection: string) => `links to ${kind} "${id}", but there is no content/${collection}/${id}.mdx`,
  unpublishedLinkTarget: (kind: string, id: string, why: string) => `links to ${kind} "${id}", which ${why}`,
  /** Why a target is not public yet: continues "names …, which". */
  draft: 'is a draft: publish it first, or make this piece a draft too',
  later: (published: string) => `appears only from ${published}, after this piece: add it once it is public, or schedule this piece for then too`,
  // rules/redirects.ts
  redirectTaken: (from: string, owner: string) => `"${from}" is already the address of ${owner}; a redirect there would hide that page`,
  /** The owners of a taken address, as redirectTaken names them. */
  thisPiece: 'this piece itself',
  sitePage: (path: string) => `the site page ${path}`,
  redirectOf: (file: string) => `${file} (its redirectFrom)`,
  redirectIntoBuildFolder: (folder: string) => `lies in ${folder}, where the build puts its own files: it cannot be the old address of a piece`,
  redirectIntoListing: (from: string) => `"${from}" lies in the archive, the corrections log or a listing's further pages, which the site fills itself; a redirect there would hide a page`,
};

/** A piece's MDX body, parsed as data (body/compile.ts). */
export const bodyMessages = {
  importExport: '`import` and `export` lines are code, which a body may not contain: the components need no import (see EDITING.md)',
  expression: '`{…}` is code in MDX, which a body may not contain: to write a curly brace, put a backslash before it (\\{)',
  otherNode: (type: string) => `contains something MDX calls "${type}", which a body may not contain`,
  secondHeadline: 'is a second "#" headline: the title is the piece\'s only one; start subheads with "##"',
  foreignPicture: (src: string) => `shows a picture from another site (${src}): a reader's browser would contact it; the site loads nothing from elsewhere`,
  markdownPicture: (src: string) => `shows the picture "${src}" as Markdown, which has no place for the credit: write <Bild src="…" alt="…" credit="…" /> on lines of its own (see EDITING.md)`,
  badLink: (href: string) => `links to "${href}": a link must start with https://, http://, mailto:, / (a page of this site), article: or explainer:`,
  fragment: '`<>…</>` is a JSX fragment, which a body may not contain: delete the `<>` and `</>`',
  componentCase: (name: string, kit: string) => `<${name}> is not a component: names are case-sensitive, write <${kit}>`,
  unknownComponent: (name: string, kit: string) => `<${name}> is not one of the components a body may use (${kit}; see EDITING.md)`,
  forbiddenHtml: (name: string, html: string, kit: string) => `<${name}> is HTML a body may not contain: allowed are ${html}, and the components ${kit}`,
  forbiddenAttribute: (name: string, attribute: string, allowed: readonly string[]) =>
    `<${name}> may not have the attribute "${attribute}"${allowed.length > 0 ? ` (only ${allowed.join(', ')})` : ''}`,
  attributesAsCode: (tag: string) => `${tag} contains \`{…}\`, which is code: write each attribute as name="text"`,
  eventHandler: (tag: string, name: string) => `${tag} has "${name}", an event handler: it would run code in a reader's browser and is never allowed`,
  style: (tag: string) => `${tag} has a "style" attribute: the site's design applies to every piece, so styles are not allowed`,
  attributeWithoutValue: (tag: string, name: string) => `${tag} has ${name} without a value: write ${name}="…"`,
  attributeAsCode: (tag: string, name: string) => `${tag} has ${name}={…}, which is code: write ${name}="…" in quotes`,
  flowInText: (tag: string) => `${tag} must stand on lines of its own, with a blank line before and after it`,
  textInFlow: (tag: string) => `${tag} belongs right after the sentence it supports, in the same paragraph`,
  unknownAttribute: (tag: string, key: string, known: string) => `${tag} has no attribute "${key}" (it takes ${known}; names are case-sensitive)`,
  missingAttribute: (tag: string, key: string) => `${tag} needs ${key}="…" (see EDITING.md)`,
  badAttribute: (tag: string, key: string, message: string, found: string) => `${tag} attribute ${key} ${message} (found "${found}")`,
  noChildren: (tag: string) => `${tag} takes no text inside: write it as ${tag.slice(0, -1)} … />`,
  /** `problem` is one of pictureMessages. */
  picture: (problem: string) => `<Bild> attribute src ${problem}`,
  // What a body refers to, as the compiler and rules/timelines.ts answer it.
  unknownTimeline: (id: string) => `shows the timeline "${id}", but there is no content/timeline/${id}.yaml`,
  untimedDay: (day: string, id: string) => `shows the hours of ${day} from the timeline "${id}", but none of its events on that day has a "time": the graphic draws timed events only`,
  unknownSource: (id: string) => `cites the source "${id}", but there is no content/sources/${id}.yaml`,
  unlistedSource: (id: string) => `cites the source "${id}", which is missing from this piece's "sources" list: add it there so it gets its number`,
  // MDX's own parse errors, in an editor's words (describeParseError).
  htmlComment: 'HTML comments (<!-- … -->) are not allowed in MDX: write {/* … */} for a note that is never published',
  brace: 'a `{` starts code in MDX: to write a curly brace, put a backslash before it (\\{)',
  lineBreak: 'write a line break as <br /> (with the slash)',
  neverClosed: (tag: string) => `<${tag}> is never closed: close it with </${tag}>, or write it as <${tag} /> if it holds nothing`,
  lessThan: 'a `<` followed by a digit, a space or a sign starts a tag in MDX: write "kleiner als", or put a backslash before it (\\<)',
  malformedTag: (detail: string) => `a tag is malformed (${detail}); write components as <Name attribute="text" />`,
  invalidMdx: (detail: string) => `is not valid MDX: ${detail}`,
};

/** Printing the checks' result (print.ts) and the build's other notes to editors (integration.ts). */
export const printMessages = {
  errors: (count: number) => `The content has ${count} error${count === 1 ? '' : 's'}`,
  /** What errors stop, after errors(): in the build, and in the dev server. */
  nothingPublished: 'nothing was published',
  noPageShown: 'no page is shown until they are fixed',
  fixAdvice: 'Fix each field named above. The fields are documented in src/schemas/; EDITING.md explains how to write pieces.',
  warning: 'warning',
  checked: (pieces: number) => `content checked: ${pieces} pieces, no errors`,
  sitePlaceholders: (fields: string) => `Impressum and Datenschutz still show placeholders; fill in src/site.config.ts: ${fields}`,
};

/** The dev server's page of the content's problems (src/preview/Pruefung.astro), which stands in for every page while any is an error. */
export const problemsPageMessages = {
  /** Above the problems, as a pointer back to the site. */
  preview: (siteName: string) => `${siteName} · Vorschau im Entwicklungsserver`,
  reload: 'Sobald Sie die Datei speichern, lädt diese Seite neu.',
};

/** New checks of a body and of a piece's headline and standfirst (body/compile.ts, rules/typography.ts). */
export const typographyMessages = {
  /** `level` is the number of # the heading has, `before` that of the heading above it (1: the headline). */
  headingSkip: (level: number, before: number) =>
    before === 1
      ? `die Überschrift „${'#'.repeat(level)}“ überspringt eine Ebene: Die Überschrift des Artikels ist die einzige mit „#“, die erste Zwischenüberschrift im Text beginnt mit „##“`
      : `die Überschrift „${'#'.repeat(level)}“ folgt auf eine mit „${'#'.repeat(before)}“ und überspringt damit eine Ebene: Schreiben Sie „${'#'.repeat(before + 1)}“`,
  straightQuotes: (quoted: string) =>
    `setzt „${quoted}“ in gerade Anführungszeichen ("…"): Im deutschen Text stehen deutsche Anführungszeichen, auch um englische Zitate; schreiben Sie „${quoted}“`,
  loneStraightQuote: (around: string) =>
    `enthält ein gerades Anführungszeichen ohne Gegenstück (${around}): Schreiben Sie „ am Anfang und “ am Ende eines Zitats, oder \\" für ein Zoll- oder Sekundenzeichen`,
  embed: (platform: string) =>
    `enthält den Einbettungscode eines Beitrags von ${platform}; er würde beim Lesen Programme und Daten der Plattform laden und ist nicht erlaubt: Zeigen Sie den Beitrag mit <Post id="…" /> (dazu eine Quelle mit dem Abschnitt „post“), zitieren Sie ihn mit <Zitat von="…" quelle="…">…</Zitat>, oder verlinken Sie ihn (siehe „Beiträge aus sozialen Netzwerken“)`,
};

/** <Post id="…" /> and the `post` group of a source (body/compile.ts, rules/bodies.ts). */
export const postMessages = {
  notAPost: (id: string) =>
    `<Post> zeigt die Quelle „${id}“, aber content/sources/${id}.yaml hat keinen Abschnitt „post“: Tragen Sie dort Plattform, Autor, Konto, Datum und Wortlaut des Beitrags ein (siehe „Beiträge aus sozialen Netzwerken“), oder zitieren Sie mit <Zitat>`,
};
