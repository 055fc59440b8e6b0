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

  it('draws a duration as a bar of its minutes', () => {
    const [outage] = hourGraphic(night, '2017-11-02')?.marks ?? [];
    expect(outage?.minutes).toBe(11);
    expect(((outage?.endX ?? 0) - (outage?.x ?? 0)) * 240).toBeCloseTo(11);
  });

  it('says in words what it shows, with both times and the duration', () => {
    const description = hourGraphic(night, '2017-11-02')?.description ?? '';
    expect(description).toContain('von 18 Uhr bis 22 Uhr (Ortszeit US-Ostküste), in Deutschland von 23 Uhr bis 3 Uhr');
    expect(description).toContain('1. Account abgeschaltet: 2. November 2017, gegen 19:00 Uhr (Ortszeit US-Ostküste), in Deutschland 3. November 2017, gegen 00:00 Uhr, Dauer 11 Minuten.');
    expect(description).toContain('2. Ereignis mitteilung: 2. November 2017, 20:05 Uhr');
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
