/**
 * schema.org JSON-LD for every page, typed with schema-dts and built only here. Pages embed
 * the result with <StructuredData>; nothing is ever assembled from strings.
 */
import type {
  BackgroundNewsArticle, BlogPosting, BreadcrumbList, CorrectionComment, ImageObject, LiveBlogPosting, NewsArticle, NewsMediaOrganization, Organization, Person, ProfilePage, WebPage, WebSite, WithContext,
} from 'schema-dts';
import type { Correction } from '../../schemas/correction.ts';
import type { LiveData } from '../../schemas/live.ts';
import { LABELS, SECTIONS, subsectionName, TOPICS } from '../../schemas/taxonomy.ts';
import { site } from '../../site.config.ts';
import { isoWithOffset } from '../../routing/dates.ts';
import type { Piece } from '../../newsroom/pieces.ts';
import type { SizedPicture } from '../../pictures/sizes.ts';
import { socialCardOf } from '../social/card.ts';
import { absoluteUrl } from '../../routing/urls.ts';
import { NEWSROOM_PATH, PRINCIPLES_PATH, PROMISE_SECTIONS, SEARCH_PATH, sectionPath, TRANSPARENCY_PATH } from '../../routing/routes.ts';
import { CARD_SIZE } from '../social/format.ts';

const ORGANIZATION_ID = `${absoluteUrl('/')}#organisation`;
const WEBSITE_ID = `${absoluteUrl('/')}#website`;

type PolicyName = 'publishingPrinciples' | 'verificationFactCheckingPolicy' | 'ethicsPolicy' | 'correctionsPolicy' | 'actionableFeedbackPolicy' | 'masthead';

/**
 * The publication's promises as the Trust Project names them, each the absolute URL of the page
 * (or the section of it) that states it: Grundsätze, Korrekturen und Transparenz, Redaktion.
 */
export function policies(): Required<Pick<Exclude<NewsMediaOrganization, string>, PolicyName>> {
  return {
    publishingPrinciples: absoluteUrl(PRINCIPLES_PATH),
    verificationFactCheckingPolicy: absoluteUrl(`${PRINCIPLES_PATH}#${PROMISE_SECTIONS.verification}`),
    ethicsPolicy: absoluteUrl(`${PRINCIPLES_PATH}#${PROMISE_SECTIONS.independence}`),
    correctionsPolicy: absoluteUrl(TRANSPARENCY_PATH),
    actionableFeedbackPolicy: absoluteUrl(`${TRANSPARENCY_PATH}#${PROMISE_SECTIONS.reporting}`),
    masthead: absoluteUrl(NEWSROOM_PATH),
  };
}

/** The publisher: one node, referenced by @id from every page. */
export function organization(): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ORGANIZATION_ID,
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: '512', height: '512' },
    ...policies(),
  };
}

/** Front page: the site and its publisher, with the search action. */
export function frontPageData(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    name: site.name,
    description: site.tagline,
    url: absoluteUrl('/'),
    inLanguage: site.locale,
    publisher: organization(),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(SEARCH_PATH)}?q={search_term_string}`,
      // schema-dts has no type for Google's "query-input" extension of SearchAction.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** A correction as schema.org's CorrectionComment, dated from the typed correction. */
export function correctionComment(correction: Correction): CorrectionComment {
  return { '@type': 'CorrectionComment', text: correction.note, datePublished: isoWithOffset(correction.date) };
}

/** A file of this site as an ImageObject; `path` is a path as the image pipeline writes it (base included). */
export function imageObject(picture: SizedPicture): ImageObject {
  return { '@type': 'ImageObject', url: new URL(picture.path, site.url).href, width: String(picture.width), height: String(picture.height) };
}

/**
 * The author of every piece that names no person in `authors`: the newsroom (site.publisher), a
 * part of the publisher. A free `byline` is text for readers, not data: the JSON-LD names a
 * person only from an author file, with a page that says who they are.
 */
export function newsroomAuthor(): Organization {
  return { '@type': 'Organization', '@id': `${absoluteUrl('/')}#redaktion`, name: site.publisher, url: absoluteUrl('/'), parentOrganization: { '@id': ORGANIZATION_ID } };
}

/** What JSON-LD says of a named author: the facts of their file (content/authors/) and the path of their page. */
export interface AuthorFacts {
  path: string;
  data: { name: string; role: string; expertise: readonly string[]; email?: string | undefined; url?: string | undefined };
}

/** A named author as a Person; `portrait` is the square file of their picture (src/pictures/portrait.ts), if they have one. */
export function authorPerson({ path, data }: AuthorFacts, portrait?: SizedPicture): Person {
  const url = absoluteUrl(path);
  return {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: data.name,
    url,
    jobTitle: data.role,
    knowsAbout: [...data.expertise],
    ...(data.email === undefined ? {} : { email: data.email }),
    ...(data.url === undefined ? {} : { sameAs: [data.url] }),
    ...(portrait === undefined ? {} : { image: imageObject(portrait) }),
    worksFor: { '@id': ORGANIZATION_ID },
  };
}

/** An author's page: a ProfilePage about the Person; further pages of their listing are the same profile. */
export function authorPageData(author: AuthorFacts, title: string, portrait?: SizedPicture): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    name: title,
    url: absoluteUrl(author.path),
    inLanguage: site.locale,
    isPartOf: { '@id': WEBSITE_ID },
    mainEntity: authorPerson(author, portrait),
  };
}

/** One entry of a live ticker as its JSON-LD update: its anchor on the page, headline, time and plain text. */
export interface LiveUpdate {
  anchor: string;
  title: string | undefined;
  time: Date;
  text: string;
}

/** What JSON-LD says of a live ticker's coverage: its `live` group, its last update and the entries its page shows, newest first. */
export interface LiveCoverage {
  live: LiveData;
  updated: Date;
  updates: readonly LiveUpdate[];
}

/** An entry as a BlogPosting: its permalink, headline (the ticker's, where it has none), time and text. */
function liveBlogUpdate(tickerUrl: string, tickerTitle: string, update: LiveUpdate): BlogPosting {
  const url = `${tickerUrl}#${update.anchor}`;
  return {
    '@type': 'BlogPosting',
    '@id': url,
    url,
    headline: update.title ?? tickerTitle,
    datePublished: isoWithOffset(update.time),
    articleBody: update.text,
  };
}

/**
 * NewsArticle for articles, BackgroundNewsArticle for explainers, LiveBlogPosting for a live ticker's own page (`live`). `crops` are the lead image's
 * 16:9, 4:3 and 1:1 crops (src/pictures/lead-image-files.ts); without a lead image, the social card.
 * `authors` are the piece's named authors as Persons (authorPerson); without any, the newsroom.
 */
export function pieceData(piece: Piece, crops: readonly SizedPicture[] = [], authors: readonly Person[] = [], live?: LiveCoverage): WithContext<NewsArticle | BackgroundNewsArticle | LiveBlogPosting> {
  const { data } = piece;
  const url = absoluteUrl(piece.path);
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': `${url}#artikel`,
    headline: data.title,
    description: data.standfirst,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: isoWithOffset(data.published),
    dateModified: isoWithOffset(piece.modified ?? data.published),
    inLanguage: site.locale,
    articleSection: [SECTIONS[data.section].name, subsectionName(data.section, data.subsection)],
    genre: LABELS[data.label],
    keywords: data.topics.map((topic) => TOPICS[topic]),
    // The lead image's crops, or the social card, the same image as og:image: ≥ 1200 px wide (see CARD_SIZE).
    image: crops.length > 0
      ? crops.map(imageObject)
      : { '@type': 'ImageObject', url: absoluteUrl(socialCardOf(piece).path), width: String(CARD_SIZE.width), height: String(CARD_SIZE.height) },
    author: authors.length > 0 ? [...authors] : newsroomAuthor(),
    publisher: organization(),
    // The principles the piece was written under (schema.org, Trust Project); the rest are the publisher's.
    publishingPrinciples: policies().publishingPrinciples,
    isPartOf: { '@id': WEBSITE_ID },
    ...(data.corrections.length > 0 ? { correction: data.corrections.map(correctionComment) } : {}),
  };
  if (piece.kind === 'explainer') {
    return { '@context': 'https://schema.org', ...article, '@type': 'BackgroundNewsArticle' } as WithContext<BackgroundNewsArticle>;
  }
  if (live) {
    const coverage: Pick<LiveBlogPosting, 'coverageStartTime' | 'coverageEndTime' | 'liveBlogUpdate' | 'dateModified'> = {
      coverageStartTime: isoWithOffset(live.live.start),
      ...(live.live.end === undefined ? {} : { coverageEndTime: isoWithOffset(live.live.end) }),
      dateModified: isoWithOffset(live.updated),
      liveBlogUpdate: live.updates.map((update) => liveBlogUpdate(url, data.title, update)),
    };
    // Everything a NewsArticle says holds for the LiveBlogPosting too (both are Articles).
    return { '@context': 'https://schema.org', ...article, '@type': 'LiveBlogPosting', ...coverage } as WithContext<LiveBlogPosting>;
  }
  return { '@context': 'https://schema.org', ...article };
}

/** Breadcrumb trail of a piece: Startseite › Section › Subsection › Piece. */
export function breadcrumbData(piece: Piece): WithContext<BreadcrumbList> {
  const { section, subsection, title } = piece.data;
  const crumbs = [
    { name: site.name, path: '/' },
    { name: SECTIONS[section].name, path: sectionPath(section) },
    { name: subsectionName(section, subsection), path: sectionPath(section, subsection) },
    { name: title, path: piece.path },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** Any other page (lists, legal pages): a WebPage of the site. */
export function webPageData(title: string, description: string, path: string): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: title,
    description,
    url: absoluteUrl(path),
    inLanguage: site.locale,
    isPartOf: { '@id': WEBSITE_ID },
    publisher: { '@id': ORGANIZATION_ID },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
