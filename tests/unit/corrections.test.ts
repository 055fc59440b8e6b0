import { describe, expect, it } from 'vitest';
import { effectiveUpdate, findWrongForm, newestCorrection } from '../../src/lib/corrections.ts';

describe('findWrongForm', () => {
  it('finds the wrong form, case-insensitively, at every place', () => {
    const text = 'Bahtiyar Duysaker sagt … DUYSAKER und duysakers Video';
    expect(findWrongForm(text, 'Duysaker', 'Duysak')).toEqual([9, 25, 38]);
  });

  it('does not flag the right form', () => {
    expect(findWrongForm('Bahtiyar Duysak sagt, Duysak hofft', 'Duysaker', 'Duysak')).toEqual([]);
  });

  it('ignores a wrong form that is only part of the right form (correction in the other direction)', () => {
    expect(findWrongForm('Duysaker und Duysak', 'Duysak', 'Duysaker')).toEqual([13]);
  });
});

describe('dating a corrected piece', () => {
  const older = { date: new Date('2020-01-01T10:00:00+01:00') };
  const newer = { date: new Date('2026-11-26T11:30:00+01:00') };

  it('takes the newest correction, whatever the order', () => {
    expect(newestCorrection([newer, older])).toBe(newer);
    expect(newestCorrection([])).toBeUndefined();
  });

  it('counts the newest correction as the update unless `updated` is later', () => {
    expect(effectiveUpdate({ corrections: [older, newer] })).toEqual(newer.date);
    const later = new Date('2027-01-01T00:00:00+01:00');
    expect(effectiveUpdate({ updated: later, corrections: [newer] })).toEqual(later);
    expect(effectiveUpdate({ corrections: [] })).toBeUndefined();
  });
});
