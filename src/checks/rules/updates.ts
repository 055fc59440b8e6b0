/** A piece's `updated` date: readers see it as the time of its last change. */
import { isoWithOffset } from '../../routing/dates.ts';
import type { CheckContext, PieceEntry } from '../context.ts';
import { ruleMessages } from '../messages.ts';

/** An update comes after the publication and is not dated later than the build. */
export function checkUpdated({ report, inFuture }: CheckContext, { file, data }: PieceEntry): void {
  if (data.updated && data.updated < data.published) {
    report(file, ['updated'], ruleMessages.updatedBeforePublication(isoWithOffset(data.updated), isoWithOffset(data.published)));
  } else if (data.updated && inFuture(data.updated)) {
    report(file, ['updated'], ruleMessages.updatedInFuture(isoWithOffset(data.updated)));
  }
}
