import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay, formatClock, formatDateLong, formatDateShort, formatSourceDate, isoWithOffset, latest, utcOffset, zonedTimeToInstant,
} from '../../src/routing/dates.ts';

describe('German dates in Berlin time', () => {
  it('formats the day in Berlin, not UTC (23:30 UTC is already the next day in Berlin)', () => {
    const lateEvening = new Date('2017-11-29T23:30:00Z');
    expect(formatDateShort(lateEvening)).toBe('30.11.2017');
    expect(formatDateLong(lateEvening)).toBe('30. November 2017');
  });

  it('writes ISO 8601 with the Berlin offset in winter and summer', () => {
    expect(isoWithOffset(new Date('2017-11-30T00:00:00+01:00'))).toBe('2017-11-30T00:00:00+01:00');
    expect(isoWithOffset(new Date('2021-07-01T10:00:00Z'))).toBe('2021-07-01T12:00:00+02:00');
  });

  it('knows offsets of other zones, including DST (New York was still on EDT on 2 Nov 2017)', () => {
    expect(utcOffset(new Date('2017-11-02T23:00:00Z'), 'America/New_York')).toBe('-04:00');
    expect(utcOffset(new Date('2017-11-06T23:00:00Z'), 'America/New_York')).toBe('-05:00');
    expect(utcOffset(new Date('2017-11-06T23:00:00Z'), 'UTC')).toBe('+00:00');
  });

  it('turns a wall-clock time in a zone into the right instant', () => {
    const deactivation = zonedTimeToInstant('2017-11-02', '19:00', 'America/New_York');
    expect(deactivation.toISOString()).toBe('2017-11-02T23:00:00.000Z');
    expect(formatClock(deactivation)).toBe('00:00');
    expect(formatDateShort(deactivation)).toBe('03.11.2017');
    expect(zonedTimeToInstant('2017-11-06', '19:00', 'America/New_York').toISOString()).toBe('2017-11-07T00:00:00.000Z');
  });

  it('formats calendar days and month-only source dates', () => {
    expect(formatCalendarDay('2017-11-02')).toBe('2. November 2017');
    expect(formatSourceDate('2017-12')).toBe('Dezember 2017');
    expect(formatSourceDate('2017-11-29')).toBe('29. November 2017');
  });

  it('picks the latest of optional dates', () => {
    const a = new Date('2017-11-30T00:00:00Z');
    const b = new Date('2026-11-26T10:30:00Z');
    expect(latest(a, undefined, b)).toBe(b);
    expect(latest(undefined, undefined)).toBeUndefined();
  });
});
