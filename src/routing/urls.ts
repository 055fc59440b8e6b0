/**
 * How the site writes an address. Pieces live at /{section}/{subsection}/{yyyy}/{mm}/{dd}/{slug}/:
 * readable, stable (the date is the first publication's, in Berlin time) and roomy enough for
 * tens of thousands of pieces without collisions between years. Which other addresses exist is
 * the route table's (routes.ts).
 */
import type { SectionId } from '../schemas/taxonomy.ts';
import { site } from '../site.config.ts';
import { zonedParts } from './dates.ts';

/** What a piece's URL is made of. */
export interface PieceAddress {
  section: SectionId;
  subsection: string;
  published: Date;
  /** The entry id: its file name in content/, without extension. */
  slug: string;
}

/** Site-relative path of a piece, with trailing slash. */
export function piecePath({ section, subsection, published, slug }: PieceAddress): string {
  const { year, month, day } = zonedParts(published, site.timeZone);
  return `/${section}/${subsection}/${year}/${month}/${day}/${slug}/`;
}

/** A piece's path, site-relative and without the base path; the year is the first publication's. */
const PIECE_PATH = /^\/[^/]+\/[^/]+\/(\d{4})\/\d{2}\/\d{2}\/[^/]+\/$/;

/** The year in a piece's path ("2017"), undefined for any other path. */
export function pieceYearOf(path: string): string | undefined {
  return PIECE_PATH.exec(path)?.[1];
}

/** A piece's version history ("Versionen"): every published version and what changed. */
export function versionsPath(piecePath: string): string {
  return `${piecePath}versionen/`;
}

/**
 * Page `number` of a listing whose first page is at `firstPage` ("/chronik/" → "/chronik/seite/2/").
 * "seite" is therefore never a subsection or topic id.
 */
export function listingPagePath(firstPage: string, number: number): string {
  return number <= 1 ? firstPage : `${firstPage}seite/${number}/`;
}

/** The rest parameter ("[...page]") of listing page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `seite/${number}`;
}

/**
 * Anchor of one correction, on its page of the month in the log and on the log's first page alike.
 * Built from the piece's path, so two pieces with the same slug on different days never share one.
 */
export function correctionAnchor(piecePath: string, index: number): string {
  return `k-${piecePath.replace(/^\/|\/$/g, '').replaceAll('/', '-')}-${index + 1}`;
}

/** The href of a site-relative path: the path under the site's base path ("/repo/…" on GitHub Pages). */
export function href(path: string, basePath: string = site.basePath): string {
  return `${basePath.replace(/\/$/, '')}${path}`;
}

/** Absolute URL of a site-relative path, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, origin: string = site.url, basePath: string = site.basePath): string {
  return `${origin.replace(/\/+$/, '')}${href(path, basePath)}`;
}

/**
 * The „Fehler melden“ link of a piece: a plain mailto (RFC 6068) to the corrections address, with
 * the piece's title and absolute URL in subject and body, each percent-encoded (a space is %20, a
 * line break %0D%0A), so every mail program opens the same e-mail and no script or form is needed.
 */
export function errorReportHref(title: string, url: string, address: string = site.newsroom.correctionsEmail): string {
  const subject = `Fehler in „${title}“`;
  const body = `Beitrag: ${title}\r\nAdresse: ${url}\r\n\r\nWas ist falsch, und woher wissen Sie es?\r\n`;
  // The address keeps its "@"; anything else a placeholder holds (brackets, spaces) is encoded.
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
