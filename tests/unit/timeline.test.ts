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
      local: '2. November 2017, gegen 19:00 Uhr (Ortszeit US-Ostküste)',
      german: 'in Deutschland 3. November 2017, gegen 00:00 Uhr',
    });
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
