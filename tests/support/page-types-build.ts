/**
 * Building the site with every page type and picking its sample (tests/support/page-types.ts
 * says what both are); only the `page-types` setup project does this.
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { generate } from '../../bench/generate.ts';
import { MIN_PORTRAIT_WIDTH } from '../../src/schemas/author.ts';
import { MIN_INLINE_WIDTH, MIN_LEAD_WIDTH } from '../../src/schemas/picture.ts';
import { ANNA, BEN, PORTRAIT, writeAuthorFiles } from './authors.ts';
import { PAGES, pageTypesRoot, routeFiles, type PageTypeSite } from './page-types.ts';
import { INLINE, LEAD, testPhoto } from './pictures.ts';

/**
 * The smallest generated archive with a second page of a section and of a topic listing and an
 * older page of a live ticker; it has corrections (their log's month pages, version pages) and
 * archive months of its own.
 */
const PIECES = 69;

/** The site path of a file below the output ("a/b/index.html" → "/a/b/", "404.html" → "/404.html"). */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The one file a route without parameters writes: a page in a folder of its name
 * ("impressum.astro" → "impressum/index.html", but "404.astro" → "404.html"), an endpoint the file its name says ("robots.txt.ts" → "robots.txt").
 */
function fileOfStaticRoute(route: string): string {
  if (route.endsWith('.ts')) return route.slice(PAGES.length, -'.ts'.length);
  const name = route.slice(PAGES.length).replace(/\.astro$/, '');
  if (name === '404') return '404.html';
  const folder = name.replace(/(^|\/)index$/, '');
  return folder === '' ? 'index.html' : `${folder}/index.html`;
}

/** The files each route file wrote, from the build's record and the static routes' names. */
function filesByRoute(cacheDir: string): Record<string, string[]> {
  const record = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  return Object.fromEntries(
    routeFiles().map((route) => {
      const recorded = Object.values(record.routes[route]?.paths ?? {}).map((page) => page.outputFile);
      return [route, (route.includes('[') ? recorded : [fileOfStaticRoute(route)]).sort()];
    }),
  );
}

/** Each kind of element a page holds: its name with its classes, sorted ("figure.break-inside-avoid.my-8.picture"). */
function elementKinds(html: string): Set<string> {
  const kinds = new Set<string>();
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const { name, attributes } = node as ElementNode;
    kinds.add([name, ...(attributes['class'] ?? '').split(/\s+/).filter(Boolean).sort()].join('.'));
  });
  return kinds;
}

/**
 * The fewest pages (greedily) that hold every kind of element the route's pages hold, and a
 * further page of a listing when the route has one: its title, links and pager differ in what
 * element kinds do not show.
 */
function samplePages(kindsByFile: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const missing = new Set([...kindsByFile.values()].flatMap((kinds) => [...kinds]));
  const chosen: string[] = [];
  while (missing.size > 0) {
    let best: string | undefined;
    let gain = 0;
    for (const [file, kinds] of kindsByFile) {
      const adds = [...kinds].filter((kind) => missing.has(kind)).length;
      if (adds > gain) [best, gain] = [file, adds];
    }
    if (best === undefined) break;
    chosen.push(best);
    for (const kind of kindsByFile.get(best) ?? []) missing.delete(kind);
  }
  const further = [...kindsByFile.keys()].find((file) => /(^|\/)seite\/\d+\/index\.html$/.test(file));
  if (further !== undefined && !chosen.some((file) => /(^|\/)seite\/\d+\//.test(file))) chosen.push(further);
  return chosen.sort();
}

/** The generated archive with a lead image and a <Bild> on one article, and Anna Beispiel (with portrait) and Ben Muster writing its articles (a second page of Anna's). */
export async function contentWithEveryPageType(root: string): Promise<string> {
  const manifest = await generate({ n: PIECES, outDir: join(root, 'generated'), pictureShare: 0 });
  const content = manifest.contentDirs.site;
  // Photos as small as the checks allow: every kind of picture file is made (srcset widths, crops, cards) at little cost.
  const bilder = join(content, 'bilder');
  mkdirSync(bilder, { recursive: true });
  writeFileSync(join(bilder, LEAD.src), await testPhoto(MIN_LEAD_WIDTH, Math.round((MIN_LEAD_WIDTH * 9) / 16)));
  writeFileSync(join(bilder, INLINE.src), await testPhoto(MIN_INLINE_WIDTH, MIN_INLINE_WIDTH + 200));
  writeFileSync(join(bilder, PORTRAIT.src), await testPhoto(MIN_PORTRAIT_WIDTH, MIN_PORTRAIT_WIDTH));
  writeAuthorFiles(content, [ANNA.id, BEN.id]);
  const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`)].join('\n');
  const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />`;
  const articles = globSync('articles/*.mdx', { cwd: content }).sort();
  for (const [index, article] of articles.entries()) {
    const file = join(content, article);
    const authors = index === 0 ? `[${ANNA.id}, ${BEN.id}]` : `[${ANNA.id}]`;
    // Named authors make the byline: a free one goes (explainers keep theirs).
    let text = readFileSync(file, 'utf8').replace(/^byline: .*\n/m, '').replace(/^(published: .*)$/m, `$1\nauthors: ${authors}`);
    if (index === 0) {
      // The lead image, and the <Bild> after the body's first paragraph.
      text = text.replace(/^(published: .*)$/m, `$1\n${lead}`).replace(/\n---\n\n(.+)\n\n/, `\n---\n\n$1\n\n${inline}\n\n`);
      if (!text.includes(inline)) throw new Error(`${file}: no place for the <Bild> after the first paragraph`);
    }
    writeFileSync(file, text);
  }
  return content;
}

/** Picks the sample of a built site and writes it beside the build, for the checks in other workers. */
export function recordSample(dist: string, cacheDir: string): PageTypeSite {
  const routes = filesByRoute(cacheDir);
  const pages = Object.entries(routes).flatMap(([route, files]) => {
    const html = files.filter((file) => file.endsWith('.html'));
    const kinds = new Map(html.map((file) => [file, elementKinds(readFileSync(join(dist, file), 'utf8'))]));
    return samplePages(kinds).map((file) => ({ route, file, path: sitePath(file) }));
  });
  const site: PageTypeSite = { dist, routes, pages };
  writeFileSync(join(pageTypesRoot(), 'sample.json'), `${JSON.stringify(site, null, 2)}\n`);
  return site;
}

