import { describe, expect, it } from 'vitest';
import { hourGraphic, shortLabel, type HourGraphicEvent } from '../../src/newsroom/hour-graphic.ts';

const event = (id: string, time: string | undefined, extra: Partial<HourGraphicEvent> = {}): HourGraphicEvent => ({
  id, date: '2017-11-02', time, zone: 'America/New_York', approximate: false, text: `Ereignis ${id}, mit Folgen.`, ...extra,
});

describe('hourGraphic', () => {
  const night = [
    event('aus', '19:00', { approximate: true, minutes: 11, label: 'Account abgeschaltet' }),
    event('mitteilung', '20:05'),
    event('ohne-zeit', undefined),
    { ...event('tag-danach', '08:00'), date: '2017-11-03' },
  ];

  it('draws the timed events of the day on whole hours, in both time zones', () => {
    const graphic = hourGraphic(night, '2017-11-02');
    expect(graphic?.ticks.map((tick) => `${tick.local}/${tick.german}`)).toEqual(['18 Uhr/23 Uhr', '19 Uhr/0 Uhr', '20 Uhr/1 Uhr', '21 Uhr/2 Uhr', '22 Uhr/3 Uhr']);
    expect(graphic?.marks.map((mark) => [mark.number, mark.id])).toEqual([[1, 'aus'], [2, 'mitteilung']]);
    expect(graphic?.marks[0]?.x).toBe(0.25);
    expect(graphic?.marks[1]?.x).toBeCloseTo(125 / 240);
  });

  it('draws an exact duration as a bar of its minutes, with sharp edges', () => {
    const [outage] = hourGraphic([event('aus', '19:00', { minutes: 11 })], '2017-11-02')?.marks ?? [];
    expect(outage?.minutes).toBe(11);
    expect(outage?.blur).toBeUndefined();
    expect(((outage?.endX ?? 0) - (outage?.x ?? 0)) * 180).toBeCloseTo(11);
  });

  it('draws an approximate duration soft: fading in from a quarter of an hour before to a quarter of an hour after its end, no sharp edge', () => {
    const [outage] = hourGraphic(night, '2017-11-02')?.marks ?? [];
    const minute = (x: number | undefined) => (x ?? Number.NaN) * 240 - 60;
    expect(outage?.minutes).toBe(11);
    expect(minute(outage?.blur?.fromX)).toBeCloseTo(-15);
    expect(minute(outage?.blur?.toX)).toBeCloseTo(26);
    // 11 minutes are shorter than the uncertainty of either end: full strength only at the middle.
    expect(outage?.blur?.solid).toEqual([0.5, 0.5]);
    const long = hourGraphic([event('lang', '19:00', { approximate: true, minutes: 120 })], '2017-11-02')?.marks[0];
    expect(long?.blur?.solid[0]).toBeCloseTo(30 / 150);
    expect(long?.blur?.solid[1]).toBeCloseTo(120 / 150);
  });

  it('says in words what it shows, with both times and the duration', () => {
    const description = hourGraphic(night, '2017-11-02')?.description ?? '';
    expect(description).toContain('von 18 Uhr bis 22 Uhr (Ortszeit US-Ostküste), in Deutschland von 23 Uhr bis 3 Uhr');
    expect(description).toContain('1. Account abgeschaltet: 2. November 2017, gegen 19 Uhr (Ortszeit US-Ostküste), in Deutschland 3. November 2017, gegen 0 Uhr, Dauer 11 Minuten, Beginn und Ende nur ungefähr bekannt.');
    expect(description).not.toContain('19:00');
    expect(description).toContain('2. Ereignis mitteilung: 2. November 2017, 20:05 Uhr');
  });

  it('draws the night the clocks went back with its hour twice, both 02:30 an hour apart (Berlin 29 Oct 2017)', () => {
    const berlin = (id: string, time: string, offset?: string): HourGraphicEvent => ({ ...event(id, time), date: '2017-10-29', zone: 'Europe/Berlin', offset });
    const graphic = hourGraphic([berlin('zweites', '02:30', '+01:00'), berlin('erstes', '02:30', '+02:00')], '2017-10-29');
    expect(graphic?.ticks.map((tick) => tick.local)).toEqual(['1 Uhr', '2 Uhr', '2 Uhr', '3 Uhr', '4 Uhr']);
    expect(graphic?.marks.map((mark) => [mark.id, mark.x])).toEqual([['erstes', 0.375], ['zweites', 0.625]]);
    expect(graphic?.description).toContain('1. Ereignis erstes: 29. Oktober 2017, 02:30 Uhr (deutsche Zeit, vor dem Zurückstellen der Uhren).');
    expect(graphic?.description).toContain('2. Ereignis zweites: 29. Oktober 2017, 02:30 Uhr (deutsche Zeit, nach dem Zurückstellen der Uhren).');
  });

  it('draws the night the clocks went forward without the hour that did not exist (New York 12 Mar 2017)', () => {
    const ny = (id: string, time: string): HourGraphicEvent => ({ ...event(id, time), date: '2017-03-12' });
    const graphic = hourGraphic([ny('davor', '01:30'), ny('danach', '03:30')], '2017-03-12');
    expect(graphic?.ticks.map((tick) => `${tick.local}/${tick.german}`)).toEqual(['0 Uhr/6 Uhr', '1 Uhr/7 Uhr', '3 Uhr/8 Uhr', '4 Uhr/9 Uhr', '5 Uhr/10 Uhr']);
    // One real hour lies between them, not two.
    expect(((graphic?.marks[1]?.x ?? 0) - (graphic?.marks[0]?.x ?? 0)) * 4).toBeCloseTo(1);
  });

  it('has nothing to draw for a day without timed events', () => {
    expect(hourGraphic(night, '2017-11-04')).toBeUndefined();
    expect(hourGraphic([event('ohne-zeit', undefined)], '2017-11-02')).toBeUndefined();
  });

  it('labels an event without a label by the start of its text', () => {
    expect(shortLabel('Twitter erklärt, der Account sei zurück.')).toBe('Twitter erklärt');
    expect(shortLabel('Ein sehr langer Satz ohne jedes Komma der nicht aufhören will zu laufen')).toBe('Ein sehr langer Satz ohne jedes Komma d…');
  });
});
