import { describe, expect, it } from 'vitest';
import { buildRelations, pieceKey } from '../../src/newsroom/relations.ts';
import { numberSources } from '../../src/newsroom/sources.ts';

const neighbours = (graph: Map<string, Set<string>>, key: string) => [...(graph.get(key) ?? [])].sort();

describe('buildRelations', () => {
  it('links an explainer and its article both ways, stated once', () => {
    const graph = buildRelations([
      { key: 'article:a', related: [] },
      { key: 'explainer:x', explains: 'article:a', related: [] },
      { key: 'explainer:y', explains: 'article:a', related: [] },
    ]);
    expect(neighbours(graph, 'article:a')).toEqual(['explainer:x', 'explainer:y']);
    expect(neighbours(graph, 'explainer:x')).toEqual(['article:a']);
  });

  it('makes related links mutual, collapses repeats and cycles, drops self-links', () => {
    const graph = buildRelations([
      { key: 'explainer:x', related: ['explainer:y', 'explainer:y', 'explainer:x'] },
      { key: 'explainer:y', related: ['explainer:z'] },
      { key: 'explainer:z', related: ['explainer:x'] },
    ]);
    expect(neighbours(graph, 'explainer:x')).toEqual(['explainer:y', 'explainer:z']);
    expect(neighbours(graph, 'explainer:y')).toEqual(['explainer:x', 'explainer:z']);
    expect(neighbours(graph, 'explainer:z')).toEqual(['explainer:x', 'explainer:y']);
  });

  it('ignores links to pieces that are not public (drafts)', () => {
    const graph = buildRelations([{ key: 'explainer:x', explains: 'article:draft', related: ['explainer:gone'] }]);
    expect(neighbours(graph, 'explainer:x')).toEqual([]);
    expect(graph.has('article:draft')).toBe(false);
  });

  it('keys pieces by kind and id', () => {
    expect(pieceKey('explainer', 'wer')).toBe('explainer:wer');
  });
});

describe('numberSources', () => {
  const byId = new Map([['a', { publisher: 'A' }], ['b', { publisher: 'B' }]]);

  it('numbers sources in the order the piece lists them', () => {
    expect(numberSources(['b', 'a'], byId)).toEqual([
      { number: 1, id: 'b', data: { publisher: 'B' } },
      { number: 2, id: 'a', data: { publisher: 'A' } },
    ]);
  });

  it('keeps numbers stable when an unknown id is skipped', () => {
    expect(numberSources(['a', 'missing', 'b'], byId).map((source) => source.number)).toEqual([1, 3]);
  });
});
