import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay, formatClock, formatDateLong, formatDateShort, formatSourceDate, isoWithOffset, latest, repeatedWallClock, utcOffset, wallClockProblem,
  zonedTimeToInstant,
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

describe('local times on the nights the clocks change', () => {
  const iso = (day: string, time: string, zone: string, offset?: string) => zonedTimeToInstant(day, time, zone, offset).toISOString();

  it('converts the times around the spring gap to the right instants (Berlin 26 Mar 2017, New York 12 Mar 2017)', () => {
    expect(iso('2017-03-26', '01:59', 'Europe/Berlin')).toBe('2017-03-26T00:59:00.000Z');
    expect(iso('2017-03-26', '03:00', 'Europe/Berlin')).toBe('2017-03-26T01:00:00.000Z');
    expect(iso('2017-03-12', '01:59', 'America/New_York')).toBe('2017-03-12T06:59:00.000Z');
    expect(iso('2017-03-12', '03:00', 'America/New_York')).toBe('2017-03-12T07:00:00.000Z');
  });

  it('says a time in the spring gap never existed, and between which clock times the clocks jumped', () => {
    expect(wallClockProblem('2017-03-26', '02:30', 'Europe/Berlin')).toEqual({ kind: 'skipped', from: '02:00', to: '03:00' });
    expect(wallClockProblem('2017-03-12', '02:30', 'America/New_York')).toEqual({ kind: 'skipped', from: '02:00', to: '03:00' });
    expect(wallClockProblem('2017-03-12', '02:30', 'America/New_York', '-05:00')).toEqual({ kind: 'skipped', from: '02:00', to: '03:00' });
    expect(() => zonedTimeToInstant('2017-03-12', '02:30', 'America/New_York')).toThrow(RangeError);
  });

  it('says a time in the autumn overlap came twice, and takes the one its offset names (Berlin 29 Oct 2017, New York 5 Nov 2017)', () => {
    expect(wallClockProblem('2017-10-29', '02:30', 'Europe/Berlin')).toEqual({ kind: 'repeated', earlier: '+02:00', later: '+01:00' });
    expect(wallClockProblem('2017-11-05', '01:30', 'America/New_York')).toEqual({ kind: 'repeated', earlier: '-04:00', later: '-05:00' });
    expect(() => zonedTimeToInstant('2017-10-29', '02:30', 'Europe/Berlin')).toThrow(RangeError);
    expect(iso('2017-10-29', '02:30', 'Europe/Berlin', '+02:00')).toBe('2017-10-29T00:30:00.000Z');
    expect(iso('2017-10-29', '02:30', 'Europe/Berlin', '+01:00')).toBe('2017-10-29T01:30:00.000Z');
    expect(iso('2017-11-05', '01:30', 'America/New_York', '-04:00')).toBe('2017-11-05T05:30:00.000Z');
    expect(iso('2017-11-05', '01:30', 'America/New_York', '-05:00')).toBe('2017-11-05T06:30:00.000Z');
  });

  it('accepts an offset that fits an ordinary time and rejects one that does not, naming those that fit', () => {
    expect(wallClockProblem('2017-11-02', '19:00', 'America/New_York', '-04:00')).toBeUndefined();
    expect(iso('2017-11-02', '19:00', 'America/New_York', '-04:00')).toBe('2017-11-02T23:00:00.000Z');
    expect(wallClockProblem('2017-11-02', '19:00', 'America/New_York', '-05:00')).toEqual({ kind: 'wrongOffset', given: '-05:00', offsets: ['-04:00'] });
    expect(wallClockProblem('2017-10-29', '02:30', 'Europe/Berlin', '+03:00')).toEqual({ kind: 'wrongOffset', given: '+03:00', offsets: ['+02:00', '+01:00'] });
    expect(() => zonedTimeToInstant('2017-11-02', '19:00', 'America/New_York', '-05:00')).toThrow(RangeError);
  });

  it('tells which of a repeated clock time an instant is, in any zone', () => {
    expect(repeatedWallClock(new Date('2017-10-29T00:30:00Z'))).toBe('before');
    expect(repeatedWallClock(new Date('2017-10-29T01:30:00Z'))).toBe('after');
    expect(repeatedWallClock(new Date('2017-10-29T02:30:00Z'))).toBeUndefined();
    expect(repeatedWallClock(new Date('2017-11-05T06:30:00Z'), 'America/New_York')).toBe('after');
    expect(repeatedWallClock(new Date('2017-11-02T23:00:00Z'), 'America/New_York')).toBeUndefined();
  });
});
