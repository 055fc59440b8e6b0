import { describe, expect, it } from 'vitest';
import { describeYamlError, findFrontmatter, parseEditorFile, readEditorFile } from '../../src/checks/read/editor-file.ts';

const PIECE = '---\ntitle: Ein Titel\n---\n\nText.\n';

describe('findFrontmatter', () => {
  it('splits frontmatter and body, with the body line, also with CRLF', () => {
    expect(findFrontmatter(PIECE)).toEqual({ yaml: 'title: Ein Titel\n', body: '\nText.\n', bodyStartLine: 4 });
    expect(findFrontmatter(PIECE.replaceAll('\n', '\r\n'))).toEqual({ yaml: 'title: Ein Titel\r\n', body: '\r\nText.\r\n', bodyStartLine: 4 });
  });

  it('names each way a frontmatter can be broken', () => {
    expect(findFrontmatter(`\n\n${PIECE}`)).toEqual({ line: 1, problem: 'der Kopf der Datei muss in Zeile 1 mit --- beginnen: löschen Sie die 2 leeren Zeilen darüber' });
    expect(findFrontmatter(PIECE.replace('---\n', '--- \n'))).toMatchObject({ line: 1, problem: expect.stringContaining('hinter den Strichen steht ein Leerzeichen') });
    expect(findFrontmatter(PIECE.replace('---\n\nText', '---\t\n\nText'))).toMatchObject({ line: 3, problem: expect.stringContaining('sie schließt den Kopf der Datei') });
    expect(findFrontmatter('---\ntitle: x\n\nText.\n')).toMatchObject({ line: 1, problem: expect.stringContaining('wird nie geschlossen') });
    expect(findFrontmatter('title: x\n---\nText.\n')).toMatchObject({ line: 1, problem: expect.stringContaining('fehlt sie? die nächste Zeile --- steht in Zeile 2') });
    expect(findFrontmatter('Nur Text.\n')).toMatchObject({ line: 1, problem: expect.stringContaining('hat keinen Kopf') });
  });
});

describe('describeYamlError', () => {
  it('tells a colon in a value from an indentation slip', () => {
    expect(describeYamlError({ code: 'BLOCK_AS_IMPLICIT_KEY', message: '' }, 'title: Trump: Der Mann')).toMatch(/^der Wert enthält einen Doppelpunkt mit einem Leerzeichen dahinter.*setzen Sie den ganzen Wert in gerade Anführungszeichen "…"/);
    expect(describeYamlError({ code: 'BLOCK_AS_IMPLICIT_KEY', message: '' }, 'title: Der Mann')).toBe('diese oder die nächste Zeile ist anders eingerückt als die Felder drumherum: Felder und Listeneinträge einer Ebene beginnen in derselben Spalte');
  });

  it('never passes YAML wording through', () => {
    expect(describeYamlError({ code: 'IMPOSSIBLE', message: 'Internal parser error' }, 'x')).not.toContain('parser');
    expect(describeYamlError({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique' }, '  title: b')).toBe('das Feld „title“ steht zweimal da: behalten Sie eines');
  });
});

describe('parseEditorFile', () => {
  it('reports only the first YAML error, at the line that opens an unclosed quote', () => {
    const file = parseEditorFile('content/sources/x.yaml', 'publisher: "Reuters\ndate: 2017-11-29\nlanguage: en\n');
    expect(file.data).toBeUndefined();
    expect(file.problems).toEqual([{ line: 1, field: 'file', message: 'ein hier geöffnetes Anführungszeichen wird nie geschlossen: beenden Sie den Wert mit demselben Anführungszeichen' }]);
  });

  it('refuses aliases before expanding them', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    const file = parseEditorFile('content/sources/x.yaml', bomb);
    expect(file.data).toBeUndefined();
    expect(file.problems).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('verwendet den Verweis *a') })]);
  });

  it('locates invisible characters at their field in the frontmatter and at their line in the body', () => {
    const file = parseEditorFile('content/articles/x.mdx', '---\ntitle: Ein\u200B Titel\ntopics:\n  - twi\u2060tter\n---\n\nText\u200B.\n');
    expect(file.problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 2, field: ['title'] },
      { line: 4, field: ['topics', 0] },
      { line: 7, field: 'body' },
    ]);
  });

  it('flags prose cut at " #", but not a comment after a single word', () => {
    const file = parseEditorFile('content/sources/x.yaml', 'publisher: Wir sind # die Besten\nlanguage: en  # English\nnote: Nummer #1\n');
    expect(file.problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 1, field: ['publisher'] },
      { line: 3, field: ['note'] },
    ]);
  });

  it('blames a non-breaking space in the indentation, not the YAML error it causes', () => {
    const file = parseEditorFile('content/sources/x.yaml', 'a:\n  - b: 1\n \u00A0  c: 2\n');
    expect(file.problems).toEqual([{ line: 3, field: 'file', message: expect.stringContaining('in der Einrückung ein besonderes Leerzeichen (geschütztes Leerzeichen, U+00A0)') }]);
  });
});

describe('readEditorFile', () => {
  it('turns an exception while reading into a problem of that file', () => {
    const file = readEditorFile('content/articles/x.mdx', () => {
      throw new Error('EIO: i/o error, read');
    });
    expect(file.data).toBeUndefined();
    expect(file.problems).toEqual([{ line: 1, field: 'file', message: 'konnte nicht gelesen werden (EIO: i/o error, read); wenn die Datei in Ordnung aussieht, sagen Sie der Technik, um welche Datei es geht' }]);
  });
});
