/**
 * Every sentence the content checks say to editors, except those a zod schema in src/schemas/
 * carries itself. Kept in one place so the wording stays consistent and can be translated here
 * alone. A message about a field or a file continues the line `file:line  field: `, so most
 * start with a verb ("ist", "nennt", "enthält"). The words are plain German newsroom language in
 * the Sie-form, and a message that needs more points to a section of EDITING.md by its German
 * heading, never to code. Grouped by the module that reports them.
 */
import { PICTURE_FOLDER } from '../schemas/picture.ts';


/** The usual advice for a value YAML misreads. */
const QUOTE_IT = 'setzen Sie den ganzen Wert in gerade Anführungszeichen "…" (ein " darin wird zu \\", oder Sie schreiben „…“)';

/** Where the guide explains what an editor needs for a message, by the German heading in EDITING.md. */
const see = (section: string) => `siehe EDITING.md, „${section}“`;

/** "8,5": megabytes as German writes them. */
const decimal = (value: string) => value.replace('.', ',');

/** Reading content/: folders and files that are no collection file (read/content-files.ts). */
export const folderMessages = {
  symlink: 'ist eine Verknüpfung, keine echte Datei; Verknüpfungen werden nicht angenommen, weil eine, die aus dem Projekt hinauszeigt, fremde Dateien veröffentlichen würde: legen Sie die Datei selbst hierher',
  notACollection: (folders: string) => `ist kein Ordner der Website, darum wird nichts darin veröffentlicht: content/ enthält nur die Ordner ${folders} und ${PICTURE_FOLDER}/ für Bilder`,
  notInContentRoot: 'gehört nicht direkt in content/: Artikel gehören nach articles/, Erklärstücke nach explainers/, Quellen nach sources/, Zeitleisten nach timeline/, Autorinnen und Autoren nach authors/, Einträge eines Livetickers nach live/<Kurzname des Tickers>/',
  folderInCollection: (collection: string) => `ist ein Ordner in content/${collection}/, darum wird nichts darin veröffentlicht: die Dateien müssen direkt in content/${collection}/ liegen`,
  notAnOrdinaryFile: 'ist keine gewöhnliche Datei: content/ enthält nur Textdateien',
  folderInPictures: `ist ein Ordner in content/${PICTURE_FOLDER}/, darum wird nichts darin veröffentlicht: Bilder müssen direkt in content/${PICTURE_FOLDER}/ liegen`,
  notAPictureKind: (kinds: string) => `ist kein Bild, das die Website veröffentlicht: content/${PICTURE_FOLDER}/ enthält nur Dateien mit der Endung ${kinds}`,
  notAnOrdinaryPicture: 'ist keine gewöhnliche Datei: content/ enthält nur Textdateien und Bilder',
  unreadableFolder: (reason: string) => `kann nicht gelesen werden (${reason}): prüfen Sie, ob es den Ordner gibt und ob Sie ihn öffnen können`,
};

/** A file whose extension is not its collection's (read/content-files.ts, wrongExtension). */
export const extensionMessages = {
  capitals: (actual: string, renamed: string) => `hat die Endung „${actual}“ in Großbuchstaben: benennen Sie die Datei in ${renamed} um`,
  markdown: (renamed: string) => `ist eine Markdown-Datei (.md), Beiträge sind aber MDX-Dateien: benennen Sie die Datei in ${renamed} um`,
  yml: (actual: string, renamed: string) => `hat die Endung „${actual}“: benennen Sie die Datei in ${renamed} um (die Website verwendet nur .yaml)`,
  otherCollection: (actual: string, holds: string, folders: string[]) => `ist eine ${actual}-Datei, aber ${holds}: sie gehört nach ${folders.length > 1 ? `${folders.slice(0, -1).join(', ')} oder ${folders.at(-1) ?? ''}` : folders.join('')}`,
  other: (actual: string, holds: string) => `hat die Endung „${actual}“, aber ${holds}`,
  none: (holds: string) => `hat keine Endung, aber ${holds}`,
  holds: (collection: string, extension: string) => `content/${collection}/ enthält nur Dateien der Form <name>${extension}`,
};

/** A picture file's bytes (read/content-files.ts). */
export const pictureFileMessages = {
  tooLarge: (megabytes: string, maximum: number) => `ist ${decimal(megabytes)} MB groß; ein Bild darf höchstens ${maximum} MB haben: speichern Sie es kleiner (etwa 2400 Pixel breit, JPEG-Qualität 85 genügt)`,
  unreadable: 'ist kein Bild, das die Website lesen kann (der Inhalt ist kein JPEG-, PNG-, WebP- oder AVIF-Bild, oder die Datei ist beschädigt): exportieren Sie es noch einmal als JPEG',
  couldNotRead: (reason: string) => `konnte nicht gelesen werden (${reason})`,
};

/** A content file's bytes and text, before any YAML (read/characters.ts, read/editor-file.ts). */
export const textMessages = {
  couldNotRead: (reason: string) => `konnte nicht gelesen werden (${reason}); wenn die Datei in Ordnung aussieht, sagen Sie der Technik, um welche Datei es geht`,
  tooLarge: (megabytes: string, maximum: number) => `ist ${decimal(megabytes)} MB groß; eine Inhaltsdatei darf höchstens ${maximum} MB haben: teilen Sie sie auf, oder nehmen Sie große Datenmengen heraus`,
  utf16: 'ist als UTF-16 gespeichert: speichern Sie die Datei als UTF-8',
  binary: 'ist keine Textdatei (sie enthält ein Null-Byte, wie Bilder oder Programme): content/ enthält nur Textdateien',
  notUtf8: (byte: string, latin1: string | undefined) =>
    `ist nicht als UTF-8 gespeichert: das Byte 0x${byte}${latin1 === undefined ? '' : ` (in Latin-1 wäre es „${latin1}“)`} ist kein gültiges UTF-8: speichern Sie die Datei als UTF-8`,
  byteOrderMark: 'beginnt mit einem unsichtbaren Zeichen am Dateianfang (BOM): speichern Sie die Datei als UTF-8 ohne BOM (in den meisten Editoren: „UTF-8“, nicht „UTF-8 mit BOM“)',
  emptyPiece: `ist leer: ein Beitrag braucht seinen Kopf (die Felder zwischen zwei Zeilen ---) und darunter seinen Text (${see('Der Kopf einer Datei')})`,
  emptyData: 'ist leer: schreiben Sie die Felder hinein, eines pro Zeile als „name: Wert“ (siehe EDITING.md, „Quellen“ oder „Zeitleisten“)',
  invisible: (character: string, column: number, more: number) =>
    `enthält in Spalte ${column} ein unsichtbares Zeichen (${character})${more > 0 ? `, in dieser Zeile noch ${more} weitere` : ''}: löschen Sie ${more > 0 ? 'sie' : 'es'} (man sieht ${more > 0 ? 'sie' : 'es'} nicht, aber ${more > 0 ? 'sie verändern' : 'es verändert'} den Text)`,
  oddSpace: (character: string, inIndentation: boolean) =>
    `enthält ${inIndentation ? 'in der Einrückung' : 'nach dem Doppelpunkt'} ein besonderes Leerzeichen (${character}), wo ein gewöhnliches stehen muss: ersetzen Sie es durch ein normales Leerzeichen`,
};

/** Characters an editor cannot see that change or break what readers get, by code point. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x200b: 'Leerzeichen ohne Breite',
  0x200e: 'Markierung links-nach-rechts',
  0x200f: 'Markierung rechts-nach-links',
  0x2060: 'Wortverbinder',
  0xfeff: 'geschütztes Leerzeichen ohne Breite, BOM',
  0x2028: 'Zeilentrenner',
  0x2029: 'Absatztrenner',
  0x180e: 'mongolischer Vokaltrenner',
};

/** Names of invisible characters, as an editor could look them up (read/characters.ts, describeCharacter). */
export const characterNames = {
  byCodePoint: INVISIBLE_NAMES,
  loneCarriageReturn: 'Zeilenrücklauf ohne Zeilenumbruch',
  directionControl: 'Steuerzeichen für die Schreibrichtung',
  nonBreakingSpace: 'geschütztes Leerzeichen',
  control: 'Steuerzeichen',
  invisibleOperator: 'unsichtbares Rechenzeichen',
  specialSpace: 'Sonderleerzeichen',
  /** "Leerzeichen ohne Breite, U+200B". */
  withCodePoint: (name: string, codePoint: string) => `${name}, ${codePoint}`,
};

/** An MDX file's frontmatter fences, the Kopf der Datei to editors (read/editor-file.ts, findFrontmatter). */
export const frontmatterMessages = {
  spaceAfterOpening: 'die erste Zeile muss genau --- lauten (hinter den Strichen steht ein Leerzeichen): löschen Sie das Leerzeichen',
  emptyLinesAbove: (count: number) => `der Kopf der Datei muss in Zeile 1 mit --- beginnen: löschen Sie ${count === 1 ? 'die leere Zeile' : `die ${count} leeren Zeilen`} darüber`,
  openingMissing: (nextFence: number) => `die erste Zeile muss --- lauten, damit der Kopf der Datei beginnt (fehlt sie? die nächste Zeile --- steht in Zeile ${nextFence})`,
  none: `hat keinen Kopf: ein Beitrag beginnt mit einer Zeile ---, dann folgen seine Felder (title: …), dann wieder eine Zeile --- (${see('Der Kopf einer Datei')})`,
  spaceAfterClosing: 'diese Zeile muss genau --- lauten, sie schließt den Kopf der Datei (hinter den Strichen steht ein Leerzeichen): löschen Sie das Leerzeichen',
  neverClosed: 'der Kopf der Datei, der in Zeile 1 beginnt, wird nie geschlossen: fügen Sie nach seinem letzten Feld eine Zeile --- ein',
};

/** YAML that does not parse, or parses to something else than the editor meant (read/editor-file.ts). */
export const yamlMessages = {
  colonInValue: `der Wert enthält einen Doppelpunkt mit einem Leerzeichen dahinter, der als Beginn eines neuen Feldes gelesen wird: ${QUOTE_IT}`,
  notAField: 'ist kein Feld: ein Feld wird als „name: Wert“ in eine Zeile geschrieben (fehlt der Doppelpunkt, oder setzt diese Zeile die vorige fort und muss eingerückt werden?)',
  indentedDifferentlyHereOrNext: 'diese oder die nächste Zeile ist anders eingerückt als die Felder drumherum: Felder und Listeneinträge einer Ebene beginnen in derselben Spalte',
  quoteNeverClosed: 'ein hier geöffnetes Anführungszeichen wird nie geschlossen: beenden Sie den Wert mit demselben Anführungszeichen',
  listItemMisaligned: 'ein Listeneintrag steht hier nicht bündig mit den Einträgen darüber: beginnen Sie ihn mit „- “ in derselben Spalte',
  characterMissing: 'ist hier nicht lesbar (ein Zeichen fehlt): prüfen Sie Anführungszeichen, Klammern und Doppelpunkte in dieser Zeile',
  tabIndent: 'ist mit einem Tabulator eingerückt: rücken Sie mit Leerzeichen ein',
  duplicateField: (field: string) => `das Feld „${field}“ steht zweimal da: behalten Sie eines`,
  listNotClosed: 'eine Liste, die mit [ beginnt, wird nicht in derselben Zeile mit ] geschlossen: ergänzen Sie die ]',
  indentedDifferently: 'ist anders eingerückt als die Felder drumherum: Felder einer Ebene beginnen in derselben Spalte',
  badStart: (character: string) => `ein Wert darf ohne Anführungszeichen nicht mit ${character} beginnen: ${QUOTE_IT}`,
  textAfterValue: `hat Text hinter dem Ende des Wertes (ein Wert in Anführungszeichen muss mit seinem Anführungszeichen enden): ${QUOTE_IT}`,
  secondDocument: 'eine Zeile --- beginnt hier einen zweiten Block von Feldern, diese Datei hat aber nur einen: löschen Sie die Zeile',
  badEscape: 'enthält in geraden Anführungszeichen "…" einen Backslash, der nichts Gültiges einleitet: schreiben Sie \\\\ für einen Backslash, oder verwenden Sie einfache Anführungszeichen \'…\'',
  invalid: `ist hier nicht lesbar: prüfen Sie Anführungszeichen, Doppelpunkte, Klammern und Einrückung dieser Zeile (${see('Der Kopf einer Datei')})`,
  alias: (name: string) => `verwendet den Verweis *${name}: schreiben Sie den Wert stattdessen aus (Verweise mit & und * sind in Inhaltsdateien nicht erlaubt)`,
  cutByComment: (value: string) => `endet bei „ #“: alles dahinter gilt als Kommentar, der Wert ist also nur „${value}“: ${QUOTE_IT}`,
};

/** What each type zod can expect means to an editor writing YAML. */
const EXPECTED: Record<string, string> = {
  boolean: 'muss true (ja) oder false (nein) sein',
  array: 'muss eine Liste sein: [a, b] in einer Zeile, oder ein „- Eintrag“ pro Zeile unter dem Feld',
  object: 'muss eine Gruppe von Feldern sein, jedes als „name: Wert“ in einer eigenen Zeile, eingerückt unter diesem',
  string: 'muss Text sein',
  number: 'muss eine Zahl sein',
};

/** A file against its collection's schema, where the schema has no words of its own (rules/schema.ts). */
export const schemaMessages = {
  fileName: (id: string) => `der Dateiname „${id}“ darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (keine Umlaute, kein ß, keine Leerzeichen): andere Dateien nennen ihn so, und er wird Teil der Adresse`,
  /** `section`: the heading of EDITING.md that lists the fields. */
  unknownField: (key: string, section: string) => `„${key}“ ist kein bekanntes Feld: prüfen Sie die Schreibweise (die Felder stehen in EDITING.md unter „${section}“)`,
  notFields: (found: string) => `muss aus Feldern bestehen, eines pro Zeile als „name: Wert“ (gefunden: ${found})`,
  missing: 'ist ein Pflichtfeld und fehlt',
  missingBecause: (detail: string) => `ist ein Pflichtfeld und fehlt (${detail})`,
  found: (message: string, found: string) => `${message} (gefunden: ${found})`,
  expected: EXPECTED,
  expectedOther: (type: string) => `muss vom Typ ${type} sein`,
  tooFewEntries: (minimum: string) => `braucht mindestens ${minimum} Einträge`,
  tooShort: (minimum: string) => `ist zu kurz (mindestens ${minimum} Zeichen)`,
  tooManyEntries: (maximum: string) => `erlaubt höchstens ${maximum} Einträge`,
  tooLong: (maximum: string) => `ist zu lang (höchstens ${maximum} Zeichen)`,
  oneOf: (values: string) => `muss einer dieser Werte sein: ${values}`,
  otherForm: `hat keine Form, die dieses Feld erlaubt (${see('Der Kopf einer Datei')})`,
};

/** The rules in rules/ that check single fields of entries against each other and the build. */
export const ruleMessages = {
  // rules/placeholders.ts
  placeholder: (found: string) => `enthält noch den Platzhalter „${found}“ von npm run new: ersetzen Sie ihn durch Ihren eigenen Text`,
  // rules/addresses.ts
  sameAddress: (path: string, other: string) => `würde unter ${path} erscheinen, derselben Adresse wie ${other}: benennen Sie eine der beiden Dateien um`,
  // rules/updates.ts
  updatedBeforePublication: (updated: string, published: string) => `ist ${updated}, vor der Erstveröffentlichung (${published}): tragen Sie den Zeitpunkt der Aktualisierung ein, er liegt nach der Erstveröffentlichung`,
  updatedInFuture: (updated: string) => `ist ${updated}, also in der Zukunft: tragen Sie eine Aktualisierung erst ein, wenn sie gemacht ist`,
  // rules/corrections.ts
  correctionBeforePublication: (date: string, published: string) => `ist ${date}, vor der Erstveröffentlichung (${published}): eine Korrektur kann nicht älter sein als der Beitrag`,
  correctionInFuture: (date: string) => `ist ${date}, also in der Zukunft: datieren Sie eine Korrektur auf den Zeitpunkt, an dem sie gemacht wird`,
  correctionsOutOfOrder: (date: string, previous: string) => `ist ${date}, früher als die Korrektur darüber (${previous}): ordnen Sie die Korrekturen nach Datum, die älteste zuerst`,
  wrongForm: (wrong: string, day: string | undefined, index: number, right: string) =>
    `enthält „${wrong}“, die${day === undefined ? '' : ` am ${day}`} korrigierte falsche Form (corrections[${index}]): schreiben Sie „${right}“`,
  // rules/sources.ts
  unknownSource: (id: string) => `nennt die Quelle „${id}“, aber es gibt keine Datei content/sources/${id}.yaml: prüfen Sie die Schreibweise, oder legen Sie die Quelle an (npm run new -- quelle <Adresse>)`,
  sourceInFuture: (date: string) => `ist ${date}, also in der Zukunft: eine Quelle kann nicht aus der Zukunft stammen`,
  uncitedSource: (id: string) => `die Quelle „${id}“ wird von keinem Beitrag und keiner Zeitleiste genannt: tragen Sie sie in die Liste sources eines Beitrags ein, oder löschen Sie die Datei`,
  // rules/bodies.ts
  emptyBody: 'ist leer: schreiben Sie den Text des Beitrags unter die Zeile ---, die den Kopf der Datei schließt',
  // rules/timelines.ts
  duplicateEventId: (id: string) => `„${id}“ steht in dieser Zeitleiste zweimal: jedes Ereignis braucht eine eigene id, ändern Sie eine`,
};

/** Pictures a piece shows (rules/pictures.ts). */
export const pictureMessages = {
  missing: (name: string) => `nennt das Bild „${name}“, aber es gibt keine Datei content/${PICTURE_FOLDER}/${name}: speichern Sie das Bild dort unter diesem Namen`,
  /** `problem` is one of pictureFileMessages. */
  unusable: (name: string, problem: string) => `content/${PICTURE_FOLDER}/${name} ${problem}`,
  wrongExtension: (name: string, format: string, promised: string | undefined, renamed: string) =>
    `content/${PICTURE_FOLDER}/${name} ist ein ${format}-Bild mit der Endung ${promised === undefined ? 'eines anderen Formats' : `eines ${promised}-Bildes`}: benennen Sie es in ${renamed} um`,
  tooNarrow: (name: string, width: number, height: number, why: string) => `content/${PICTURE_FOLDER}/${name} ist ${width} × ${height} Pixel groß; ${why}: nehmen Sie eine größere Fassung`,
  leadMinimum: (minimum: number) => `ein Aufmacherbild (image) muss mindestens ${minimum} Pixel breit sein, so breit wie die Vorschau in sozialen Netzwerken`,
  inlineMinimum: (minimum: number) => `ein Bild im Text muss mindestens ${minimum} Pixel breit sein, so breit wie die Textspalte`,
  unshown: 'wird in keinem Beitrag gezeigt: binden Sie es ein, oder löschen Sie es',
};

/** A piece kind as a reference message names it: the noun with its article, and the relative pronoun. */
const PIECE_KINDS = {
  article: { noun: 'den Artikel', which: 'der' },
  explainer: { noun: 'das Erklärstück', which: 'das' },
} as const;

/** References between entries and redirects (rules/references.ts, rules/redirects.ts). */
export const referenceMessages = {
  // rules/references.ts
  unknownArticle: (id: string) => `nennt den Artikel „${id}“, aber es gibt keine Datei content/articles/${id}.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)`,
  unpublishedArticle: (id: string, why: string) => `nennt den Artikel „${id}“, der ${why}`,
  relatedItself: 'nennt dieses Erklärstück selbst: führen Sie hier nur andere Erklärstücke auf',
  unknownExplainer: (id: string) => `nennt das Erklärstück „${id}“, aber es gibt keine Datei content/explainers/${id}.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)`,
  unpublishedExplainer: (id: string, why: string) => `nennt das Erklärstück „${id}“, das ${why}`,
  unknownLinkTarget: (kind: keyof typeof PIECE_KINDS, id: string, collection: string) =>
    `verlinkt ${PIECE_KINDS[kind].noun} „${id}“, aber es gibt keine Datei content/${collection}/${id}.mdx: prüfen Sie die Schreibweise (der Dateiname ohne .mdx)`,
  unpublishedLinkTarget: (kind: keyof typeof PIECE_KINDS, id: string, why: string) => `verlinkt ${PIECE_KINDS[kind].noun} „${id}“, ${PIECE_KINDS[kind].which} ${why}`,
  /** Why a target is not public yet: continues "nennt …, der/das". */
  draft: 'noch ein Entwurf ist: veröffentlichen Sie zuerst den Entwurf, oder machen Sie auch diesen Beitrag zum Entwurf',
  later: (published: string) => `erst ab ${published} erscheint, später als dieser Beitrag: tragen Sie den Verweis erst ab dann ein, oder setzen Sie auch diesen Beitrag auf diesen Zeitpunkt`,
  // rules/redirects.ts
  redirectTaken: (from: string, owner: string) => `„${from}“ ist schon die Adresse von ${owner}; eine Weiterleitung von dort würde diese Seite verdecken: streichen Sie den Eintrag`,
  /** The owners of a taken address, as redirectTaken names them. */
  thisPiece: 'diesem Beitrag selbst',
  sitePage: (path: string) => `der Seite ${path}`,
  redirectOf: (file: string) => `${file} (in dessen redirectFrom)`,
  redirectIntoBuildFolder: (folder: string) => `liegt in ${folder}, wo die Website ihre eigenen Dateien ablegt: das kann nicht die alte Adresse eines Beitrags sein`,
  redirectIntoListing: (from: string) => `„${from}“ liegt im Archiv, im Korrekturverzeichnis oder auf einer Folgeseite einer Übersicht, die die Website selbst füllt; eine Weiterleitung von dort würde eine Seite verdecken`,
};

/** Where the guide explains a component: pictures have a section of their own. */
const kitSection = (tag: string) => see(tag === '<Bild>' ? 'Bilder' : 'Bausteine im Text');

/** A piece's MDX body, parsed as data (body/compile.ts). */
export const bodyMessages = {
  importExport: `Zeilen mit \`import\` und \`export\` sind Code, und Code darf nicht im Text stehen: löschen Sie die Zeile, die Bausteine brauchen keinen import (${see('Bausteine im Text')})`,
  expression: '`{…}` ist in MDX Code, und Code darf nicht im Text stehen: für eine geschweifte Klammer schreiben Sie einen Backslash davor (\\{)',
  otherNode: (type: string) => `enthält etwas, das MDX „${type}“ nennt und das nicht im Text stehen darf: löschen Sie es`,
  secondHeadline: 'ist eine zweite Überschrift mit „#“: die Überschrift des Beitrags (title) ist die einzige; Zwischenüberschriften beginnen mit „##“',
  foreignPicture: (src: string) => `zeigt ein Bild von einer anderen Website (${src}): der Browser der Leser würde sie aufrufen, die Website lädt aber nichts von anderswo; speichern Sie das Bild in content/${PICTURE_FOLDER}/ und zeigen Sie es mit <Bild src="…" alt="…" credit="…" />`,
  markdownPicture: (src: string) => `zeigt das Bild „${src}“ in Markdown-Schreibweise, die keinen Platz für den Bildnachweis hat: schreiben Sie <Bild src="…" alt="…" credit="…" /> in eigene Zeilen (${see('Bilder')})`,
  badLink: (href: string) => `verlinkt „${href}“: ein Link muss mit https://, http://, mailto:, / (eine Seite dieser Website), article: oder explainer: beginnen`,
  fragment: '`<>…</>` ist ein leeres Tag-Paar, das nicht im Text stehen darf: löschen Sie `<>` und `</>`',
  componentCase: (name: string, kit: string) => `<${name}> ist kein Baustein: Groß- und Kleinschreibung zählt, schreiben Sie <${kit}>`,
  unknownComponent: (name: string, kit: string) => `<${name}> ist keiner der Bausteine, die im Text stehen dürfen (${kit}; ${see('Bausteine im Text')})`,
  forbiddenHtml: (name: string, html: string, kit: string) => `<${name}> ist HTML, das nicht im Text stehen darf: erlaubt sind ${html} und die Bausteine ${kit}`,
  forbiddenAttribute: (name: string, attribute: string, allowed: readonly string[]) =>
    `<${name}> darf die Angabe „${attribute}“ nicht haben${allowed.length > 0 ? ` (nur ${allowed.join(', ')})` : ''}: löschen Sie sie`,
  attributesAsCode: (tag: string) => `${tag} enthält \`{…}\`, also Code: schreiben Sie jede Angabe als name="Text"`,
  eventHandler: (tag: string, name: string) => `${tag} hat „${name}“, das Code im Browser der Leser ausführen würde und nie erlaubt ist: löschen Sie es`,
  style: (tag: string) => `${tag} hat eine Angabe „style“: das Aussehen der Website gilt für jeden Beitrag, eigene Stile sind nicht erlaubt; löschen Sie die Angabe`,
  attributeWithoutValue: (tag: string, name: string) => `${tag} hat ${name} ohne Wert: schreiben Sie ${name}="…"`,
  attributeAsCode: (tag: string, name: string) => `${tag} hat ${name}={…}, also Code: schreiben Sie ${name}="…" in Anführungszeichen`,
  flowInText: (tag: string) => `${tag} muss in eigenen Zeilen stehen, mit einer Leerzeile davor und danach`,
  textInFlow: (tag: string) => `${tag} gehört direkt hinter den belegten Satz, in denselben Absatz`,
  unknownAttribute: (tag: string, key: string, known: string) => `${tag} hat keine Angabe „${key}“ (möglich: ${known}; Groß- und Kleinschreibung zählt)`,
  missingAttribute: (tag: string, key: string) => `${tag} braucht ${key}="…" (${kitSection(tag)})`,
  badAttribute: (tag: string, key: string, message: string, found: string) => `${tag}: die Angabe ${key} ${message} (gefunden: „${found}“)`,
  noChildren: (tag: string) => `${tag} nimmt keinen Text auf: schreiben Sie ${tag.slice(0, -1)} … />`,
  /** `problem` is one of pictureMessages. */
  picture: (problem: string) => `<Bild>: die Angabe src ${problem}`,
  // What a body refers to, as the compiler and rules/timelines.ts answer it.
  unknownTimeline: (id: string) => `zeigt die Zeitleiste „${id}“, aber es gibt keine Datei content/timeline/${id}.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml)`,
  untimedDay: (day: string, id: string) => `zeigt die Stunden vom ${day} aus der Zeitleiste „${id}“, aber keines ihrer Ereignisse an diesem Tag hat eine Uhrzeit (time): die Grafik zeigt nur Ereignisse mit Uhrzeit`,
  unknownSource: (id: string) => `zitiert die Quelle „${id}“, aber es gibt keine Datei content/sources/${id}.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml)`,
  unlistedSource: (id: string) => `zitiert die Quelle „${id}“, die in der Liste sources dieses Beitrags fehlt: tragen Sie sie dort ein, damit sie ihre Nummer bekommt`,
  // MDX's own parse errors, in an editor's words (describeParseError).
  htmlComment: 'HTML-Kommentare (<!-- … -->) sind in MDX nicht erlaubt: für eine Notiz, die nie veröffentlicht wird, schreiben Sie {/* … */}',
  brace: 'eine `{` beginnt in MDX Code: für eine geschweifte Klammer schreiben Sie einen Backslash davor (\\{)',
  lineBreak: 'schreiben Sie einen Zeilenumbruch als <br /> (mit Schrägstrich)',
  neverClosed: (tag: string) => `<${tag}> wird nie geschlossen: schließen Sie mit </${tag}> ab, oder schreiben Sie <${tag} />, wenn nichts darin steht`,
  lessThan: 'ein `<` vor einer Ziffer, einem Leerzeichen oder einem Zeichen beginnt in MDX ein Tag: schreiben Sie „kleiner als“, oder setzen Sie einen Backslash davor (\\<)',
  malformedTag: (detail: string) => `ein Tag ist fehlerhaft (${detail}): schreiben Sie Bausteine als <Name angabe="Text" />`,
  invalidMdx: (detail: string) => `ist hier kein gültiges MDX (${detail}): prüfen Sie Tags, Klammern und Anführungszeichen in dieser Zeile`,
};

/** Printing the checks' result (print.ts) and the build's other notes to editors (integration.ts). */
export const printMessages = {
  errors: (count: number) => `Die Prüfung hat ${count} Fehler gefunden`,
  /** What errors stop, after errors(): in the build, and in the dev server. */
  nothingPublished: 'nichts wurde veröffentlicht',
  noPageShown: 'keine Seite wird angezeigt, bis sie behoben sind',
  fixAdvice: 'Korrigieren Sie jedes oben genannte Feld. Was in welches Feld gehört, steht in EDITING.md unter „Der Kopf einer Datei“; jede Meldung erklärt „Meldungen der Prüfung“.',
  warning: 'Warnung',
  checked: (pieces: number) => `Inhalt geprüft: ${pieces} ${pieces === 1 ? 'Beitrag' : 'Beiträge'}, keine Fehler`,
  sitePlaceholders: (fields: string) => `Impressum, Datenschutz, Redaktion, Grundsätze, Korrekturen und Transparenz und „Fehler melden“ an jedem Beitrag zeigen noch Platzhalter; tragen Sie die Angaben des Verlags in src/site.config.ts ein: ${fields}`,
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
    `enthält den Einbettungscode eines Beitrags von ${platform}; er würde beim Lesen Programme und Daten der Plattform laden und ist nicht erlaubt: Zeigen Sie den Beitrag mit <Post id="…" /> (dazu eine Quelle mit dem Abschnitt „post“), zitieren Sie ihn mit <Zitat von="…" quelle="…">…</Zitat>, oder verlinken Sie ihn (siehe EDITING.md, „Beiträge aus sozialen Netzwerken“)`,
};

/** <Post id="…" /> and the `post` group of a source (body/compile.ts, rules/bodies.ts). */
export const postMessages = {
  notAPost: (id: string) =>
    `<Post> zeigt die Quelle „${id}“, aber content/sources/${id}.yaml hat keinen Abschnitt „post“: Tragen Sie dort Plattform, Autor, Konto, Datum und Wortlaut des Beitrags ein (siehe EDITING.md, „Beiträge aus sozialen Netzwerken“), oder zitieren Sie mit <Zitat>`,
};

/** Local times on the nights the clocks change (rules/timelines.ts, checkEventTimes). `day` is written out („26. März 2017“), `zone` as in the file. */
export const clockChangeMessages = {
  skipped: (time: string, day: string, zone: string, from: string, to: string) =>
    `${time} Uhr gab es am ${day} in der Zeitzone ${zone} nicht: die Uhren sprangen in dieser Nacht von ${from} auf ${to} Uhr vor. Prüfen Sie Uhrzeit und Zeitzone in der Quelle, und tragen Sie eine Uhrzeit ein, die es gab (vor ${from} oder ab ${to} Uhr)`,
  repeated: (time: string, day: string, zone: string, earlier: string, later: string) =>
    `${time} Uhr gab es am ${day} in der Zeitzone ${zone} zweimal, denn die Uhren wurden in dieser Nacht zurückgestellt: schreiben Sie unter die Uhrzeit offset: "${earlier}", wenn das erste Mal gemeint ist (vor dem Zurückstellen), oder offset: "${later}" für das zweite Mal (danach)`,
  wrongOffset: (offset: string, time: string, day: string, zone: string, offsets: string[]) =>
    offsets.length > 1
      ? `„${offset}“ passt nicht: am ${day} um ${time} Uhr galt in der Zeitzone ${zone} „${offsets[0]}“ (vor dem Zurückstellen der Uhren) oder „${offsets[1]}“ (danach); schreiben Sie eine der beiden`
      : `„${offset}“ passt nicht: am ${day} um ${time} Uhr galt in der Zeitzone ${zone} „${offsets[0]}“; löschen Sie die Zeile (offset braucht es nur, wenn es die Uhrzeit zweimal gab), oder schreiben Sie „${offsets[0]}“`,
};

/** Addresses: a pasted address in a body link (body/compile.ts; the rule itself is pastedCharacter in src/schemas/shared.ts). */
export const addressMessages = {
  /** `problem` is pastedCharacter's message ("enthält … ein Anführungszeichen …"). */
  bodyLink: (address: string, problem: string) => `verlinkt „${address}“; die Adresse ${problem}`,
};

/** The check after the build that no page carries inline code (src/outputs/hosting/inline-code.ts), read by developers and editors alike. */
export const inlineCodeMessages = {
  script: (tag: string) => `ein Skript im Text der Seite (${tag})`,
  styleElement: 'ein <style>-Element',
  styleAttribute: (element: string, value: string) => `eine Angabe style="${value}" an <${element}>`,
  handler: (element: string, attribute: string) => `eine Angabe ${attribute}, die Code ausführt, an <${element}>`,
  /** One line per finding: what (and how often), in which built page, and the content file the page is made from, if any. */
  line: (what: string, count: number, page: string, file: string | undefined) =>
    `  ${what}${count > 1 ? ` (${count}-mal)` : ''} in ${page}${file === undefined ? '' : `, erzeugt aus ${file}`}`,
  more: (count: number) => `  und ${count} weitere`,
  found: (pages: number) =>
    `${pages === 1 ? '1 erzeugte Seite enthält' : `${pages} erzeugte Seiten enthalten`} Code, den die Sicherheitsregeln der Website (Content-Security-Policy) im Browser der Leser sperren würden; nichts wurde veröffentlicht`,
  hint: 'Das ist ein Fehler im Code der Website, den die Prüfung des Inhalts hätte verhindern müssen; ist eine Datei in content/ genannt, hat ihr Inhalt ihn ausgelöst. Melden Sie die Meldung den Entwicklern (src/outputs/hosting/inline-code.ts).',
};

/** Named authors: a piece's `authors`, and an author's portrait (rules/authors.ts, rules/pictures.ts). */
export const authorMessages = {
  unknownAuthor: (id: string) =>
    `nennt „${id}“, aber es gibt keine Datei content/authors/${id}.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml), oder legen Sie die Datei der Person an (${see('Autorinnen und Autoren')})`,
  bylineBesideAuthors:
    'steht neben authors: die Autorenzeile entsteht aus den Namen in den Dateien der Autorinnen und Autoren; löschen Sie byline, oder lassen Sie authors weg, wenn die Zeile freier Text bleiben soll',
  portraitMinimum: (minimum: number) => `ein Porträt muss mindestens ${minimum} Pixel breit sein, damit es auf der Autorenseite scharf ist`,
};

/** Live tickers: content/live/<ticker>/ and its entries (read/content-files.ts, rules/live.ts). `day` is written out („2. November 2017“). */
export const liveFolderMessages = {
  fileWithoutTicker: 'liegt direkt in content/live/: jeder Eintrag gehört in den Ordner seines Livetickers, content/live/<Kurzname des Tickers>/; verschieben Sie die Datei dorthin',
};

/** The entries of a live ticker against their ticker and the clock (rules/live.ts). `city` is the newsroom's („Berlin“). */
export const liveMessages = {
  noTicker: (ticker: string) =>
    `liegt im Ordner content/live/${ticker}/, aber es gibt keinen Artikel content/articles/${ticker}.mdx: der Ordner muss so heißen wie der Liveticker (sein Dateiname ohne .mdx); prüfen Sie die Schreibweise des Ordners`,
  notLive: (ticker: string) =>
    `ist ein Eintrag in einem Beitrag, der kein Liveticker ist: content/articles/${ticker}.mdx hat kein label: liveticker mit Abschnitt live; machen Sie den Artikel zum Liveticker (${see('Einen Liveticker führen')}), oder verschieben Sie die Datei in den Ordner des richtigen Tickers`,
  beforeStart: (time: string, start: string) =>
    `ist ${time}, vor dem Beginn des Livetickers (live.start: ${start}): prüfen Sie die Uhrzeit, oder setzen Sie start im Liveticker früher`,
  afterEnd: (time: string, end: string) =>
    `ist ${time}, nach dem Ende des Livetickers (live.end: ${end}): prüfen Sie die Uhrzeit, oder setzen Sie end im Liveticker später`,
  skipped: (city: string, clock: string, day: string, from: string, to: string, instant: string) =>
    `${clock} Uhr gab es am ${day} in ${city} nicht: die Uhren sprangen in dieser Nacht von ${from} auf ${to} Uhr vor. Derselbe Zeitpunkt heißt in ${city}er Zeit ${instant}: schreiben Sie das, oder prüfen Sie die Uhrzeit`,
  wrongOffset: (city: string, given: string, clock: string, day: string, offsets: string[], instant: string) =>
    `endet auf „${given}“, aber am ${day} um ${clock} Uhr galt in ${city} ${offsets.map((offset) => `„${offset}“`).join(' oder ')}: meinten Sie ${clock} Uhr ${city}er Zeit, schreiben Sie ${offsets.join(' oder ')} statt ${given}; derselbe Zeitpunkt wie geschrieben heißt in ${city}er Zeit ${instant}`,
  sameTimeAndTitle: (other: string) =>
    `hat dieselbe Uhrzeit und dieselbe Überschrift wie ${other}: wahrscheinlich haben zwei Personen dieselbe Meldung eingetragen; löschen Sie eine der beiden Dateien, oder ändern Sie eine Überschrift`,
  correctionBeforeEntry: (date: string, time: string) =>
    `ist ${date}, vor dem Eintrag selbst (${time}): eine Korrektur kann nicht älter sein als der Eintrag`,
};

/** A picture whose header reads but whose data does not decode (rules/pictures.ts, read/picture-data.ts). */
export const pictureDataMessages = {
  broken:
    'ist beschädigt: Format und Größe am Anfang der Datei sind lesbar, die Bilddaten dahinter aber nicht (die Datei bricht ab oder enthält fehlerhafte Daten): speichern oder exportieren Sie das Bild noch einmal, oder laden Sie es noch einmal herunter',
};

/** The browser desk (desk/, src/editor/desk-config.ts): its own labels and help, its check panel and its commits (scripts/cms.ts). */
export const deskMessages = {
  collections: {
    articles: { plural: 'Artikel', singular: 'Artikel' },
    explainers: { plural: 'Erklärstücke', singular: 'Erklärstück' },
    sources: { plural: 'Quellen', singular: 'Quelle' },
    timeline: { plural: 'Zeitleisten', singular: 'Zeitleiste' },
    authors: { plural: 'Autorinnen und Autoren', singular: 'Autorin oder Autor' },
  },
  bodyLabel: 'Text',
  bodyHint: 'Der Text des Beitrags in MDX, wie in EDITING.md beschrieben; Bausteine (Quelle, Zitat, Bild …) fügen Sie mit „Baustein einfügen“ an der Stelle des Cursors ein.',
  versionsLabel: 'Versionen-Zeile',
  versionsHint: 'Was Leser in der Versionsgeschichte über diese Änderung lesen (z. B. „Zitat ergänzt“); „ohne“ bei einem Tippfehler; leer lassen, wenn eine neue Korrektur es sagt. Steht nicht in der Datei, nur in der Versionsgeschichte.',
  insertBlock: 'Baustein einfügen',
  insert: 'Einfügen',
  cancel: 'Abbrechen',
  choose: 'bitte wählen',
  panelTitle: 'Prüfung',
  panelWaiting: 'Die Prüfung läuft …',
  panelUnsaved: 'Noch nicht gespeichert: die Prüfung zeigt die Datei nach dem Veröffentlichen.',
  panelClean: 'keine Fehler in dieser Datei',
  /** A new file's name when its title has no letter or digit to name it by. */
  untitledFileName: 'ohne-titel',
  panelUnreachable: 'Die Prüfung ist nicht erreichbar: läuft npm run cms noch?',
  committed: (commit: string) => `gespeichert und eingetragen (Commit ${commit})`,
  notCommitted: (reason: string) => `gespeichert, aber nicht eingetragen: ${reason}`,
  /** Why a file with errors is saved but not committed: the build would refuse it. */
  hasErrors: 'die Prüfung meldet Fehler; nach der Korrektur erneut veröffentlichen',
  /** The commit's subject: the file and its title; commit subjects are for the newsroom, never shown to readers. */
  commitSubject: (file: string, title: string) => `${title} (${file}), im Browser bearbeitet`,
};
