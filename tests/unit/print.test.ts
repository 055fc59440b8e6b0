import { describe, expect, it } from 'vitest';
import { errorSummary, failureReport, formatProblem, formatWarning, hasErrors } from '../../src/checks/print.ts';
import type { Problem } from '../../src/checks/result.ts';

const error: Problem = { severity: 'error', file: 'content/articles/x.mdx', line: 7, field: 'published', message: 'ist ein Pflichtfeld und fehlt' };
const warning: Problem = { severity: 'warning', file: 'content/bilder/y.jpg', field: 'file', message: 'wird in keinem Beitrag gezeigt: binden Sie es ein, oder löschen Sie es' };

describe('the printed problems', () => {
  it('puts file, line and field where editors\' tools look for them', () => {
    expect(formatProblem(error)).toBe('content/articles/x.mdx:7  published: ist ein Pflichtfeld und fehlt');
    expect(formatProblem(warning)).toBe('content/bilder/y.jpg  file: wird in keinem Beitrag gezeigt: binden Sie es ein, oder löschen Sie es');
    expect(formatWarning(warning)).toBe('Warnung  content/bilder/y.jpg  file: wird in keinem Beitrag gezeigt: binden Sie es ein, oder löschen Sie es');
  });

  it('counts and lists the errors only, with what they stop', () => {
    expect(hasErrors([warning])).toBe(false);
    expect(errorSummary([warning, error])).toBe('Die Prüfung hat 1 Fehler gefunden:\n  content/articles/x.mdx:7  published: ist ein Pflichtfeld und fehlt');
    expect(errorSummary([error, { ...error, line: 9 }], 'nichts wurde veröffentlicht')).toBe(
      'Die Prüfung hat 2 Fehler gefunden; nichts wurde veröffentlicht:\n  content/articles/x.mdx:7  published: ist ein Pflichtfeld und fehlt\n  content/articles/x.mdx:9  published: ist ein Pflichtfeld und fehlt',
    );
  });

  it('fails the build with every error, what they stop, and what to do', () => {
    expect(failureReport([error, warning])).toBe(
      'Die Prüfung hat 1 Fehler gefunden; nichts wurde veröffentlicht:\n  content/articles/x.mdx:7  published: ist ein Pflichtfeld und fehlt\nKorrigieren Sie jedes oben genannte Feld. Was in welches Feld gehört, steht in EDITING.md unter „Der Kopf einer Datei“; jede Meldung erklärt „Meldungen der Prüfung“.',
    );
  });
});
