/**
 * The document <title>: "Headline | Netzchronik", within the 70 characters search engines show.
 * A headline too long for the suffix stands alone; one longer than that is cut at a word and
 * ends in "…". The full headline stays in og:title, the <h1> and the feeds.
 */
export const MAX_TITLE = 70;

export function pageTitle(title: string, siteName: string): string {
  const withName = `${title} | ${siteName}`;
  if (withName.length <= MAX_TITLE) return withName;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–-]+$/, '');
  return `${atWord.length > 0 ? atWord : cut}…`;
}
