/**
 * Named authors: every id in a piece's `authors` has a file in content/authors/, a piece takes
 * its byline either from its authors or as free text (never both), and an author's portrait is a
 * picture wide enough for the author page.
 */
import { MIN_PORTRAIT_WIDTH } from '../../schemas/author.ts';
import type { CheckContext, Entry, PieceEntry } from '../context.ts';
import { authorMessages } from '../messages.ts';
import { pictureProblem } from './pictures.ts';

/** The authors a piece names exist (a file with errors of its own counts: it is reported there), and no free byline stands beside them. */
export function checkPieceAuthors({ ids, report }: CheckContext, { file, data }: PieceEntry): void {
  data.authors.forEach((id, index) => {
    if (!ids.authors.has(id)) report(file, ['authors', index], authorMessages.unknownAuthor(id));
  });
  if (data.authors.length > 0 && data.byline !== undefined) report(file, ['byline'], authorMessages.bylineBesideAuthors);
}

/** An author's portrait is a picture at least MIN_PORTRAIT_WIDTH wide. */
export function checkPortrait(context: CheckContext, { file, data }: Entry<'authors'>): void {
  if (!data.image) return;
  const problem = pictureProblem(context, data.image.src, { minimum: MIN_PORTRAIT_WIDTH, why: authorMessages.portraitMinimum(MIN_PORTRAIT_WIDTH) }, file);
  if (problem) context.report(file, ['image', 'src'], problem);
}
