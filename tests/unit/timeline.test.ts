import { describe, expect, it } from 'vitest';
import { describeEventTime, orderEvents } from '../../src/newsroom/timeline.ts';

const event = (id: string, date: string, time?: string, zone: 'America/New_York' | 'Europe/Berlin' = 'America/New_York') => ({
  id, date, time, zone, approximate: false,
});

describe('orderEvents', () => {
  it('sorts by day and time, whatever the file order', () => {
    const events = [event('c', '2017-11-29', undefined, 'Europe/Berlin'), event('b', '2017-11-02', '20:05'), event('a', '2017-11-02', '19:00')];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts an untimed event after the timed events of its day, keeping file order among untimed ones', () => {
    const events = [event('later', '2017-11-02'), event('evening', '2017-11-02', '20:05'), event('also-later', '2017-11-02'), event('next', '2017-11-03')];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['evening', 'later', 'also-later', 'next']);
  });

  it('compares times across zones by the instant', () => {
    // 19:00 in New York is 00:00 on 3 Nov in Berlin, so 23:30 Berlin on 2 Nov comes first.
    const events = [event('ny', '2017-11-02', '19:00'), event('berlin', '2017-11-02', '23:30', 'Europe/Berlin')];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['berlin', 'ny']);
  });
});

describe('describeEventTime', () => {
  it('gives a US Eastern time with its offset and the German equivalent', () => {
    expect(describeEventTime({ ...event('a', '2017-11-02', '19:00'), approximate: true })).toEqual({
      datetime: '2017-11-02T19:00:00-04:00',
      local: '2. November 2017, gegen 19 Uhr (Ortszeit US-Ostküste)',
      german: 'in Deutschland 3. November 2017, gegen 0 Uhr',
    });
    expect(describeEventTime({ ...event('a', '2017-11-02', '18:45'), approximate: true }).local).toBe('2. November 2017, gegen 18:45 Uhr (Ortszeit US-Ostküste)');
    expect(describeEventTime(event('b', '2017-11-02', '20:05')).german).toBe('in Deutschland 3. November 2017, 01:05 Uhr');
  });

  it('gives only the day when the time is unknown, and no conversion for German times', () => {
    expect(describeEventTime(event('c', '2017-11-03'))).toEqual({ datetime: '2017-11-03', local: '3. November 2017' });
    expect(describeEventTime(event('d', '2017-11-30', '09:00', 'Europe/Berlin'))).toEqual({
      datetime: '2017-11-30T09:00:00+01:00',
      local: '30. November 2017, 09:00 Uhr (deutsche Zeit)',
    });
  });
});

describe('events on the nights the clocks change', () => {
  const berlin = (id: string, time: string, offset?: string) => ({ ...event(id, '2017-10-29', time, 'Europe/Berlin'), offset });

  it('orders the two 02:30 of the night the clocks went back by their offsets, and a later time after both', () => {
    const events = [berlin('nach', '02:30', '+01:00'), berlin('drei', '03:00'), berlin('vor', '02:30', '+02:00')];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['vor', 'nach', 'drei']);
  });

  it('tells readers which of the two 02:30 is meant, in the event\'s zone and in German time', () => {
    expect(describeEventTime(berlin('vor', '02:30', '+02:00'))).toEqual({
      datetime: '2017-10-29T02:30:00+02:00',
      local: '29. Oktober 2017, 02:30 Uhr (deutsche Zeit, vor dem Zurückstellen der Uhren)',
    });
    expect(describeEventTime(berlin('nach', '02:30', '+01:00')).datetime).toBe('2017-10-29T02:30:00+01:00');
    expect(describeEventTime(berlin('nach', '02:30', '+01:00')).local).toBe('29. Oktober 2017, 02:30 Uhr (deutsche Zeit, nach dem Zurückstellen der Uhren)');
    // 20:30 in New York on 28 Oct is the first 02:30 in Berlin.
    expect(describeEventTime(event('ny', '2017-10-28', '20:30')).german).toBe('in Deutschland 29. Oktober 2017, 02:30 Uhr (vor dem Zurückstellen der Uhren)');
    // New York's own night: 01:30 came twice on 5 Nov 2017.
    expect(describeEventTime({ ...event('ny2', '2017-11-05', '01:30'), offset: '-05:00' })).toEqual({
      datetime: '2017-11-05T01:30:00-05:00',
      local: '5. November 2017, 01:30 Uhr (Ortszeit US-Ostküste, nach dem Zurückstellen der Uhren)',
      german: 'in Deutschland 07:30 Uhr',
    });
  });

  it('puts the first time after the spring gap at its instant (New York 12 Mar 2017)', () => {
    expect(describeEventTime(event('ny', '2017-03-12', '03:00')).datetime).toBe('2017-03-12T03:00:00-04:00');
    expect(describeEventTime(event('ny', '2017-03-12', '01:59')).datetime).toBe('2017-03-12T01:59:00-05:00');
  });
});
