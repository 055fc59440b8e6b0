import { describe, expect, it } from 'vitest';
import { slugSchema } from '../../src/schemas/shared.ts';
import { SLUG_MAX_LENGTH, slugify, slugWords } from '../../src/newsroom/slug.ts';

describe('slugify', () => {
  it('writes umlauts and ß the German way', () => {
    expect(slugify('Größe prüfen, Öl wählen')).toBe('groesse-pruefen-oel-waehlen');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('ÄRGER ÜBER STRASSE')).toBe('aerger-ueber-strasse');
  });

  it('spells every Latin letter a newsroom meets in plain letters, losing none', () => {
    const names: Record<string, string> = {
      Łódź: 'lodz', // Polish
      'Gdańsk Źródło Żółć': 'gdansk-zrodlo-zolc',
      Øresund: 'oresund', // Danish and Norwegian
      Ærø: 'aero',
      'Ålesund Tromsø': 'alesund-tromso',
      Göteborg: 'goeteborg', // Swedish, spelt the German way like every ö
      Kırıkkale: 'kirikkale', // Turkish: dotless ı, dotted İ, ş, ğ, ç
      'İstanbul Şişli Ağrı Çorum': 'istanbul-sisli-agri-corum',
      Dvořák: 'dvorak', // Czech
      'Třebíč Ústí': 'trebic-usti',
      Françoise: 'francoise', // French
      'Œuvre Noël': 'oeuvre-noel',
      Peña: 'pena', // Spanish
      'Ñandú': 'nandu',
      Straße: 'strasse', // German
      'STRAẞE Müller': 'strasse-mueller',
      'Þórshöfn Reykjavík': 'thorshoefn-reykjavik', // Icelandic
    };
    for (const [name, slug] of Object.entries(names)) expect(slugify(name), name).toBe(slug);
  });

  it('drops symbols instead of spelling them as letters', () => {
    expect(slugify('3,5 Mio. € für Łódź')).toBe('35-mio-lodz');
  });

  it('drops articles, "und" and short prepositions, but keeps negations and question words', () => {
    expect(slugify('Dieser Mann nahm Donald Trump vom Netz')).toBe('dieser-mann-nahm-donald-trump-netz');
    expect(slugify('Wie konnte ein Mitarbeiter den Account abschalten?')).toBe('wie-konnte-mitarbeiter-account-abschalten');
    expect(slugify('Warum die Bahn nicht pünktlich ist')).toBe('warum-bahn-nicht-puenktlich-ist');
  });

  it('keeps stop-words when a title has nothing else', () => {
    expect(slugify('Von der und zu')).toBe('von-der-und-zu');
  });

  it('strips accents, punctuation, quotes and dashes', () => {
    expect(slugify('„Café“ – über Crème brûlée & Co.!')).toBe('cafe-ueber-creme-brulee-co');
    expect(slugWords('1.000 Menschen, 3,5 Prozent')).toEqual(['1000', 'menschen', '35', 'prozent']);
  });

  it('stays short: at most seven words, cut at a word boundary', () => {
    const slug = slugify('Eins zwei drei vier fünf sechs sieben acht neun zehn');
    expect(slug).toBe('eins-zwei-drei-vier-fuenf-sechs-sieben');
    const long = slugify('Bundesverfassungsgerichtsentscheidung Datenschutzgrundverordnungsanpassungsgesetz Rindfleischetikettierungsüberwachung');
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toBe('bundesverfassungsgerichtsentscheidung');
  });

  it('always returns a valid entry id, or nothing for a title without letters', () => {
    for (const title of ['Ärger!', '  --Twitter--  ', 'A-B', '2017: Elf Minuten']) {
      expect(slugSchema.safeParse(slugify(title)).success, title).toBe(true);
    }
    expect(slugify('… – !')).toBe('');
  });
});
