/** Facts about the built site that tests share: its pages, and the delivered seed text. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';

/** Site path of every built HTML page (dist/a/b/index.html → /a/b/), the 404 page excluded. */
export function builtPages(): string[] {
  return globSync('**/index.html', { cwd: DIST })
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

export const ARTICLE_PATH = '/chronik/welt/2017/11/30/dieser-mann-nahm-donald-trump-vom-netz/';

/** The article exactly as delivered, split into its parts (format described in FACTS.md). */
export function deliveredArticle() {
  const lines = readFileSync(join('tests', 'fixtures', 'article-2017-11-30.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [sectionLine = '', date = '', headline = '', standfirst = '', ...body] = lines;
  const subheads = body.filter((line) => line.length < 40 && !/[.:!?"]$/.test(line));
  return { sectionLine, date, headline, standfirst, body, subheads, paragraphs: body.filter((line) => !subheads.includes(line)) };
}

/** Text as a reader compares it: typographic quotes and dashes as plain ones, spaces folded. */
export function normalizeText(text: string): string {
  return text
    .replace(/[„“”"]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
