/**
 * Defence in depth for feeds: feed readers apply no Content-Security-Policy of ours, so the
 * HTML a feed carries is checked once more against what bodies may publish, after rendering.
 * The content checks already refuse anything else in a body; this catches a component or a
 * template that would let something through.
 */
import { htmlToHast } from 'satteri';
import { absoluteUrl } from '../../routing/urls.ts';

/** Elements the pieces' bodies, notes and kit components produce (src/checks/body/compile.ts, src/components/mdx/). */
const ELEMENTS = new Set([
  'a', 'abbr', 'aside', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'img', 'li', 'ol', 'p', 'pre', 'section', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr', 'ul',
]);
/** Attributes as the HTML parser names them. */
const ATTRIBUTES = new Set(['href', 'id', 'className', 'ariaLabel', 'ariaLabelledBy', 'lang', 'hrefLang', 'rel', 'title', 'dateTime', 'start', 'align']);
/** A picture's attributes (src/components/Figure.astro in a feed); its src must be on this site. */
const IMG_ATTRIBUTES = new Set(['src', 'alt', 'width', 'height']);
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
/** Pictures in a feed come from this site only: a feed reader must not contact anyone else for us. */
const OWN_SITE = absoluteUrl('/');

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

/** What in the HTML a feed may not carry, one finding each ("<script>", "onClick on <a>"); empty if it is safe. */
export function unsafeFeedMarkup(html: string): string[] {
  const findings: string[] = [];
  const visit = (node: HtmlNode): void => {
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (!ELEMENTS.has(tag)) findings.push(`<${tag}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (!(tag === 'img' ? IMG_ATTRIBUTES : ATTRIBUTES).has(name)) findings.push(`${name} on <${tag}>`);
        else if (name === 'href' && !SAFE_HREF.test(String(value))) findings.push(`href="${String(value)}" on <${tag}>`);
        else if (name === 'src' && !String(value).startsWith(OWN_SITE)) findings.push(`src="${String(value)}" on <${tag}>`);
      }
    } else if (node.type !== 'root' && node.type !== 'text') {
      findings.push(node.type);
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as HtmlNode);
  return findings;
}
