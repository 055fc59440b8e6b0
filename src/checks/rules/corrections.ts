/**
 * Corrections (src/newsroom/corrections.ts) of pieces and live entries: each is dated between
 * the publication and the build, they stand oldest first, and the wrong form a correction names
 * is gone from the file.
 */
import { z } from 'astro/zod';
import { findWrongForm } from '../../newsroom/corrections.ts';
import { isoWithOffset } from '../../routing/dates.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { CheckContext, PieceEntry, Report } from '../context.ts';
import { ruleMessages } from '../messages.ts';
import { stringsIn, type EditorFile } from '../read/editor-file.ts';
import type { ContentFiles } from '../result.ts';

/** A correction cannot predate the piece it corrects, nor the build; corrections stand oldest first. */
export function checkCorrectionDates(context: CheckContext, { file, data }: PieceEntry): void {
  checkCorrectionList(context, file, data.corrections, data.published, (date) => ruleMessages.correctionBeforePublication(isoWithOffset(date), isoWithOffset(data.published)));
}

/**
 * Corrections of `file` (a piece's, or a live entry's) are dated between `since`, when what they
 * correct appeared, and the build, oldest first; `beforeSince` says what a too early one predates.
 */
export function checkCorrectionList({ report, inFuture }: CheckContext, file: EditorFile, corrections: readonly Correction[], since: Date, beforeSince: (date: Date) => string): void {
  corrections.forEach((correction, index) => {
    const path = ['corrections', index, 'date'];
    const previous = corrections[index - 1];
    if (correction.date < since) {
      report(file, path, beforeSince(correction.date));
    } else if (inFuture(correction.date)) {
      report(file, path, ruleMessages.correctionInFuture(isoWithOffset(correction.date)));
    } else if (previous && correction.date < previous.date) {
      report(file, path, ruleMessages.correctionsOutOfOrder(isoWithOffset(correction.date), isoWithOffset(previous.date)));
    }
  });
}

/** Reports every corrected wrong form still in a piece's or a live entry's file, valid or not. */
export function checkWrongForms(report: Report, files: ContentFiles): void {
  for (const file of [...files.articles, ...files.explainers, ...files.live]) checkWrongFormsIn(report, file);
}

// Read leniently from the raw YAML, so the wrong form is found even while other fields fail.
const rawCorrectionsSchema = z.object({
  corrections: z.array(z.looseObject({ date: z.unknown(), wrong: z.string().min(1), right: z.string() }).catch(() => ({ date: undefined, wrong: '', right: '' }))),
});

/** A corrected wrong form must be gone from the whole piece, except from the correction itself. */
function checkWrongFormsIn(report: Report, file: EditorFile): void {
  const parsed = rawCorrectionsSchema.safeParse(file.data);
  if (!parsed.success) return;
  parsed.data.corrections.forEach((correction, index) => {
    if (!correction.wrong || correction.wrong === correction.right) return;
    const day = typeof correction.date === 'string' ? correction.date.slice(0, 10) : undefined;
    const message = ruleMessages.wrongForm(correction.wrong, day, index, correction.right);
    for (const { path, value } of stringsIn(file.data)) {
      if (path[0] !== 'corrections' && findWrongForm(value, correction.wrong, correction.right).length > 0) report(file, path, message);
    }
    file.body.split('\n').forEach((line, at) => {
      if (findWrongForm(line, correction.wrong, correction.right).length > 0) report(file, 'body', message, file.bodyStartLine + at);
    });
  });
}
