import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle } from '../../src/outputs/metadata/page-title.ts';

describe('page title', () => {
  it('names the site when it fits', () => {
    expect(pageTitle('Suche', 'Netzchronik')).toBe('Suche | Netzchronik');
  });

  it('drops the site name for a long headline, and cuts an overlong one at a word', () => {
    const long = 'Die Chronologie: elf Minuten ohne Trump-Account und was danach kam';
    expect(pageTitle(long, 'Netzchronik')).toBe(long);
    const overlong = `${long}, und warum die Uhren in jener Nacht verschieden gingen`;
    const title = pageTitle(overlong, 'Netzchronik');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toBe('Die Chronologie: elf Minuten ohne Trump-Account und was danach kam…');
  });
});
