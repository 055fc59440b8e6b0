/**
 * German typography in a piece's headline and standfirst: straight quotes ("…") take the German
 * form („…“). The body gets the same check where it is compiled (src/checks/body/compile.ts).
 */
import { findStraightQuotes } from '../../newsroom/quotes.ts';
import type { CheckContext, PieceEntry } from '../context.ts';
import { typographyMessages } from '../messages.ts';

/** Each straight quote in `title` and `standfirst`, with its German form. */
export function checkHeadlineQuotes({ report }: CheckContext, { file, data }: PieceEntry): void {
  for (const field of ['title', 'standfirst'] as const) {
    for (const quote of findStraightQuotes(data[field])) {
      // An error, not a warning: the house style is German, and an English quotation in German text takes „…“ too.
      report(file, [field], quote.quoted === undefined ? typographyMessages.loneStraightQuote(quote.around ?? '"') : typographyMessages.straightQuotes(quote.quoted));
    }
  }
}
