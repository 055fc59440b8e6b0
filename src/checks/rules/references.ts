/**
 * References between entries by id: an explainer's article and related explainers, a timeline
 * event's article, and links to pieces in bodies. A target must exist, and a piece that is or
 * will be public may not point at one that is not public by then.
 */
import type { PieceKind } from '../../newsroom/pieces.ts';
import { isoWithOffset } from '../../routing/dates.ts';
import { href } from '../../routing/urls.ts';
import type { PieceData } from '../../schemas/piece.ts';
import type { CheckContext, PieceCollection, PieceEntry } from '../context.ts';
import { referenceMessages } from '../messages.ts';
import type { EditorFile } from '../read/editor-file.ts';

/**
 * Why a piece that is or will be public may not point at `target` yet, if it may not: the
 * target is a draft, or appears later than the piece itself (and is not public by `now`).
 * Pages would link to an address that does not exist yet.
 */
export function unpublishedTarget(piece: Pick<PieceData, 'draft' | 'published'>, target: Pick<PieceData, 'draft' | 'published'>, now: Date): string | undefined {
  if (piece.draft) return undefined;
  if (target.draft) return referenceMessages.draft;
  const visibleFrom = Math.max(now.getTime(), piece.published.getTime());
  if (target.published.getTime() > visibleFrom) {
    return referenceMessages.later(isoWithOffset(target.published));
  }
  return undefined;
}

const LINK_COLLECTION: Record<PieceKind, PieceCollection> = { article: 'articles', explainer: 'explainers' };

/** The href of a body's link from `from` to the piece `kind`:`id`, or why it cannot link there. */
export function pieceLink({ pieceByLink, ids, now }: CheckContext, from: PieceEntry | undefined, kind: PieceKind, id: string): { href: string } | { problem: string } {
  const target = pieceByLink.get(`${kind}:${id}`);
  const collection = LINK_COLLECTION[kind];
  // A file with errors of its own is reported there, not again by every link to it.
  if (!target) return ids[collection].has(id) ? { href: '#' } : { problem: referenceMessages.unknownLinkTarget(kind, id, collection) };
  // From a piece whose fields failed, when it appears is unknown: only whether the target exists is.
  if (!from) return { href: href(target.piece.path) };
  const unpublished = unpublishedTarget(from.data, target.data, now);
  return unpublished ? { problem: referenceMessages.unpublishedLinkTarget(kind, id, unpublished) } : { href: href(target.piece.path) };
}

/** An explainer's article and related explainers exist, are public when it is, and it does not name itself. */
export function checkExplainerReferences({ valid, ids, articleById, explainerById, now, report }: CheckContext): void {
  for (const explainer of valid.explainers) {
    const { file, data } = explainer;
    const notYetPublic = (target: PieceData | undefined) => (target ? unpublishedTarget(data, target, now) : undefined);
    const articleProblem = notYetPublic(articleById.get(data.article)?.data);
    if (!ids.articles.has(data.article)) report(file, ['article'], referenceMessages.unknownArticle(data.article));
    else if (articleProblem) report(file, ['article'], referenceMessages.unpublishedArticle(data.article, articleProblem));
    data.related.forEach((id, index) => {
      const relatedProblem = notYetPublic(explainerById.get(id)?.data);
      if (id === explainer.id) report(file, ['related', index], referenceMessages.relatedItself);
      else if (!ids.explainers.has(id)) report(file, ['related', index], referenceMessages.unknownExplainer(id));
      else if (relatedProblem) report(file, ['related', index], referenceMessages.unpublishedExplainer(id, relatedProblem));
    });
  }
}

/** The article a timeline's event at `index` names, if any, exists. */
export function checkEventArticle({ ids, report }: CheckContext, timeline: EditorFile, index: number, article: string | undefined): void {
  if (article !== undefined && !ids.articles.has(article)) report(timeline, ['events', index, 'article'], referenceMessages.unknownArticle(article));
}
