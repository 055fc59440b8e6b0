/**
 * The check after the build that no page carries inline code: no page type's
 * Content-Security-Policy (host-files.ts) allows an inline script or style, so a page with one
 * would break in readers' browsers.
 */

/**
 * Inline code in a built page that no policy above allows: scripts other than JSON-LD data
 * blocks, <style> elements and style attributes. Text on a page is escaped, so it cannot match.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [tag = ''] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\bsrc=/i.test(tag) && !/\btype="application\/ld\+json"/i.test(tag)) found.push(`inline script ${tag}`);
  }
  if (/<style\b/i.test(html)) found.push('<style> element');
  // Every page is checked on every build: the tag-by-tag search runs only on a page that has " style=" at all.
  if (/\sstyle=/i.test(html)) {
    for (const [attribute = ''] of html.matchAll(/<[a-z][^>]*\sstyle="[^"]*"/gi)) found.push(`style attribute in ${attribute.slice(0, 80)}`);
  }
  return found;
}
