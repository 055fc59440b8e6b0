/**
 * The check after the build that no page carries inline code: no page type's
 * Content-Security-Policy (host-files.ts) allows an inline script, style or event handler, so a
 * page with one would break in readers' browsers. Pages are parsed as HTML (htmlparser2): an
 * attribute whose value reads "<script>" (an escaped address, say) is text, not a script.
 */
import { Parser } from 'htmlparser2';
import { inlineCodeMessages } from '../../checks/messages.ts';
import { pieceFile, type Piece } from '../../newsroom/pieces.ts';

/** At most this many findings are named; the rest are counted. */
const NAMED_FINDINGS = 10;

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The script tags the site's templates write: JSON-LD, and module scripts with a src. */
const KNOWN_SCRIPT = /<script type="application\/ld\+json">|<script type="module" src="/y;
/** Text without which a page cannot carry a <style> element, a style attribute or an event handler. */
const MAY_STYLE_OR_HANDLE = /<style|style\s*=|\bon[a-z]+\s*=/i;

/**
 * Whether a page needs parsing: every build checks every page, and parsing takes about 1 ms a
 * page against a hundredth of that for this look at its text. Sound: a script element starts
 * where its page reads "<script"; if each of those is a known tag, none is inline.
 */
function mayCarryInlineCode(html: string): boolean {
  for (const { index } of html.matchAll(/<script/gi)) {
    KNOWN_SCRIPT.lastIndex = index;
    if (!KNOWN_SCRIPT.test(html)) return true;
  }
  return MAY_STYLE_OR_HANDLE.test(html);
}

/**
 * Inline code in a built page that no policy above allows, in German: scripts other than JSON-LD
 * data blocks, <style> elements, style attributes and event handlers (onclick=…).
 */
export function inlineCode(html: string): string[] {
  if (!mayCarryInlineCode(html)) return [];
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && attributes['src'] === undefined && attributes['type']?.trim().toLowerCase() !== 'application/ld+json') {
        found.push(inlineCodeMessages.script(shorten(`<script${Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`).join('')}>`)));
      }
      if (name === 'style') found.push(inlineCodeMessages.styleElement);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute === 'style') found.push(inlineCodeMessages.styleAttribute(name, shorten(value)));
        else if (attribute.startsWith('on')) found.push(inlineCodeMessages.handler(name, attribute));
      }
    },
  }, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return found;
}

/**
 * The lines of the build's error for pages with inline code, or none: each finding with its built
 * page (as `outDir`/page) and, for a piece's pages, the editor's file it is made from
 * (`contentDir`/articles/….mdx): the code is the same for every page, so a finding on one piece's
 * pages only was set off by that piece's content.
 */
export function inlineCodeReport(
  pages: readonly string[],
  read: (page: string) => string,
  pieces: readonly Pick<Piece, 'kind' | 'id' | 'path'>[],
  shown: { outDir: string; contentDir: string },
): string[] {
  let offending = 0;
  const findings = pages.flatMap((page) => {
    const found = inlineCode(read(page));
    if (found.length === 0) return [];
    offending += 1;
    // A piece's page and the pages below it (its versions) are made from its file.
    const piece = pieces.find((candidate) => `/${page}`.startsWith(candidate.path));
    const file = piece && `${shown.contentDir}/${pieceFile(piece)}`;
    const times = new Map<string, number>();
    for (const what of found) times.set(what, (times.get(what) ?? 0) + 1);
    return [...times].map(([what, count]) => inlineCodeMessages.line(what, count, `${shown.outDir}/${page}`, file));
  });
  if (findings.length === 0) return [];
  const more = findings.length > NAMED_FINDINGS ? [inlineCodeMessages.more(findings.length - NAMED_FINDINGS)] : [];
  return [`${inlineCodeMessages.found(offending)}:`, ...findings.slice(0, NAMED_FINDINGS), ...more];
}
