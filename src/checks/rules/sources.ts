/**
 * The cited sources (content/sources/): every id a piece, an event or a citation names must have
 * its file, a source cannot be dated after the build, and a source nobody cites is a warning.
 */
import type { CheckContext } from '../context.ts';
import { ruleMessages } from '../messages.ts';
import type { EditorFile, FieldPath } from '../read/editor-file.ts';

/** Each id in the source list at `path` names a file in content/sources/; every one counts as cited. */
export function checkSourceIds({ cited, ids, report }: CheckContext, file: EditorFile, path: FieldPath, sourceIds: readonly string[]): void {
  sourceIds.forEach((id, index) => {
    cited.add(id);
    if (!ids.sources.has(id)) report(file, [...path, index], ruleMessages.unknownSource(id));
  });
}

/** Whether a body's citation of `id` names a file in content/sources/; it counts as cited either way. */
export function citeSource({ cited, ids }: CheckContext, id: string): boolean {
  cited.add(id);
  return ids.sources.has(id);
}

/**
 * A source is not dated later than the build, and is cited somewhere (run after everything that
 * cites). Whether it is cited is only known once every piece and timeline could be read.
 */
export function checkSources({ valid, failed, cited, inFuture, report }: CheckContext): void {
  const everyCiterRead = failed.articles.length + failed.explainers.length + failed.timeline.length === 0;
  for (const { id, file, data } of valid.sources) {
    if (inFuture(dayStart(data.date))) report(file, ['date'], ruleMessages.sourceInFuture(data.date));
    if (everyCiterRead && !cited.has(id)) report(file, 'file', ruleMessages.uncitedSource(id), 1, 'warning');
  }
}

/** The first moment a source's date (a day, or only a month) stands for, in UTC. */
function dayStart(date: string): Date {
  return new Date(date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`);
}
