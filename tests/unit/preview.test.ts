import { describe, expect, it } from 'vitest';
import { ASTRO_COMMAND_ENV, isDevServer } from '../../src/util/astro-command.ts';
import { previewLabel, previewState } from '../../src/newsroom/preview.ts';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('previewState', () => {
  it('is nothing for a public piece', () => {
    expect(previewState({ draft: false, published: new Date('2026-11-26T11:59:00Z') }, NOW)).toBeUndefined();
  });

  it('names drafts, whatever their date', () => {
    expect(previewState({ draft: true, published: new Date('2099-01-01T00:00:00Z') }, NOW)).toEqual({ kind: 'draft' });
    expect(previewLabel({ kind: 'draft' })).toBe('Entwurf – nicht veröffentlicht');
  });

  it('names scheduled pieces with their date and time in Berlin', () => {
    const state = previewState({ draft: false, published: new Date('2026-11-30T07:00:00Z') }, NOW);
    expect(state).toEqual({ kind: 'scheduled', at: new Date('2026-11-30T07:00:00Z') });
    expect(state && previewLabel(state)).toBe('Geplant für 30. November 2026, 08:00 Uhr');
  });
});

describe('isDevServer', () => {
  it('is true in astro dev only, whatever the Vite mode', () => {
    expect(isDevServer({ [ASTRO_COMMAND_ENV]: 'dev' })).toBe(true);
    expect(isDevServer({ [ASTRO_COMMAND_ENV]: 'build', NODE_ENV: 'development' })).toBe(false);
    expect(isDevServer({})).toBe(false);
  });
});
