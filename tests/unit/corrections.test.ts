import { describe, expect, it } from 'vitest';
import { effectiveUpdate, findWrongForm, newestCorrection, newestLoggedFirst, oldestLoggedFirst } from '../../src/newsroom/corrections.ts';

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

describe('ordering the corrections log', () => {
  const entry = (path: string, date: string, index = 0) => ({ piece: { path }, correction: { date: new Date(date) }, index });
  const early = entry('/b/', '2026-10-01T10:00:00+02:00');
  const sameMomentA = entry('/a/', '2026-10-02T10:00:00+02:00');
  const sameMomentB0 = entry('/b/', '2026-10-02T10:00:00+02:00');
  const sameMomentB1 = entry('/b/', '2026-10-02T10:00:00+02:00', 1);
  const late = entry('/a/', '2026-10-03T10:00:00+02:00');
  const shuffled = [sameMomentB1, late, sameMomentA, early, sameMomentB0];

  it('lists a month oldest first, one moment by piece path and then in the piece\'s order', () => {
    expect([...shuffled].sort(oldestLoggedFirst)).toEqual([early, sameMomentA, sameMomentB0, sameMomentB1, late]);
  });

  it('keeps an entry\'s position in its month when a later correction arrives', () => {
    const month = [...shuffled].sort(oldestLoggedFirst);
    const withLater = [...shuffled, entry('/0/', '2026-10-31T10:00:00+01:00')].sort(oldestLoggedFirst);
    expect(withLater.slice(0, month.length)).toEqual(month);
  });

  it('lists the log\'s first page newest first, one moment still by piece path and the piece\'s order', () => {
    expect([...shuffled].sort(newestLoggedFirst)).toEqual([late, sameMomentA, sameMomentB0, sameMomentB1, early]);
  });
});
