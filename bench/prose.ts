/**
 * Word lists and sentence templates for the benchmark's generated German prose. The text is
 * nonsense in detail but reads like news copy: long compound words, umlauts, quotes and
 * numbers, so that pages, feeds and the search index get realistic German input.
 */

export const FIRST_NAMES = [
  'Anna', 'Jonas', 'Miriam', 'Tobias', 'Leonie', 'Felix', 'Sabine', 'Yusuf', 'Katharina', 'Henrik',
  'Aylin', 'Matthias', 'Greta', 'Stefan', 'Nora', 'Piotr', 'Charlotte', 'Emre', 'Friederike', 'Lukas',
] as const;

/**
 * Surnames of people quoted in the body. Each one is distinct enough that no surname occurs
 * inside another or inside an ordinary word of the templates (the correction check matches
 * substrings, case-insensitively).
 */
export const SURNAMES = [
  'Albrecht', 'Brandhuber', 'Czerwinski', 'Dombrowski', 'Eggenschwiler', 'Fassbender', 'Grzesik',
  'Hohlweg', 'Iwanowski', 'Jankowiak', 'Kesselring', 'Lichtenhagen', 'Mörsberger', 'Nowacki',
  'Oberhuber', 'Pfitzenmaier', 'Quandtner', 'Rautenstrauch', 'Schwarzkopf', 'Tügendhat',
  'Uhlenbrock', 'Vossberg', 'Wendlandt', 'Xhaferi', 'Yildirimoglu', 'Zwiebelhofer',
] as const;

export const ROLES = [
  'Sprecherin des Bundesamts für Sicherheit in der Informationstechnik',
  'Netzpolitiker der Opposition', 'Datenschutzbeauftragte des Landes', 'Medienrechtler an der Universität Leipzig',
  'Sprecher des Unternehmens', 'Vorsitzende des Digitalausschusses', 'Forscher am Hans-Bredow-Institut',
  'Verbraucherschützerin', 'Staatssekretär im Digitalministerium', 'Gewerkschaftssekretärin',
] as const;

/** A noun phrase with its article in the cases the templates use. */
export interface Phrase {
  nom: string;
  acc: string;
  gen: string;
}

/** Declines a noun phrase whose noun keeps its form: „die Chatkontrolle“, or „eine Sammelklage“ with `indefinite`. */
function phrase(gender: 'm' | 'f' | 'n', noun: string, indefinite = false): Phrase {
  const articles = indefinite
    ? { m: ['ein', 'einen', 'eines'], f: ['eine', 'eine', 'einer'], n: ['ein', 'ein', 'eines'] }[gender]
    : { m: ['der', 'den', 'des'], f: ['die', 'die', 'der'], n: ['das', 'das', 'des'] }[gender];
  const [nom = '', acc = '', gen = ''] = articles.map((article) => `${article} ${noun}`);
  return { nom, acc, gen };
}

/** A masculine or neuter phrase whose genitive the noun marks too („des Bundeskartellamts“). */
const marked = (nom: string, acc: string, gen: string): Phrase => ({ nom, acc, gen });

/** Institutions the body's sentences quote; all singular, so the verbs agree. */
export const ORGS: readonly Phrase[] = [
  phrase('f', 'Bundesnetzagentur'),
  marked('das Digitalministerium', 'das Digitalministerium', 'des Digitalministeriums'),
  phrase('f', 'EU-Kommission'),
  marked('der Verbraucherzentrale Bundesverband', 'den Verbraucherzentrale Bundesverband', 'des Verbraucherzentrale Bundesverbands'),
  marked('der Betreiber der Plattform', 'den Betreiber der Plattform', 'des Betreibers der Plattform'),
  marked('das Bundeskartellamt', 'das Bundeskartellamt', 'des Bundeskartellamts'),
  marked('der Chaos Computer Club', 'den Chaos Computer Club', 'des Chaos Computer Clubs'),
  phrase('f', 'Landesmedienanstalt'),
  marked('der Branchenverband Bitkom', 'den Branchenverband Bitkom', 'des Branchenverbands Bitkom'),
  marked('das Bundesverfassungsgericht', 'das Bundesverfassungsgericht', 'des Bundesverfassungsgerichts'),
  phrase('f', 'Datenschutzkonferenz'),
  marked('das Bundesamt für Sicherheit in der Informationstechnik', 'das Bundesamt für Sicherheit in der Informationstechnik', 'des Bundesamts für Sicherheit in der Informationstechnik'),
];

export const PLACES = [
  'Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Brüssel', 'San Francisco', 'Washington', 'Dresden',
  'Frankfurt am Main', 'Stuttgart', 'Bremen', 'Düsseldorf', 'Hannover', 'Bonn', 'Karlsruhe', 'Luxemburg',
  'Straßburg', 'Wien', 'Zürich', 'Paris', 'Dublin', 'Nürnberg', 'Mainz', 'Potsdam', 'Erfurt', 'Magdeburg',
  'Kiel', 'Schwerin', 'Saarbrücken', 'Wiesbaden', 'Münster', 'Freiburg', 'Rostock', 'Essen', 'Dortmund',
  'Bielefeld', 'Kassel', 'Regensburg', 'Göttingen',
] as const;

/** What the pieces are about, in the cases the sentences need. */
export const SUBJECTS: readonly Phrase[] = [
  phrase('f', 'Sperrung von Konten'), phrase('f', 'Moderation von Beiträgen'),
  marked('das Netzwerkdurchsetzungsgesetz', 'das Netzwerkdurchsetzungsgesetz', 'des Netzwerkdurchsetzungsgesetzes'),
  marked('der Digital Services Act', 'den Digital Services Act', 'des Digital Services Act'),
  phrase('f', 'Vorratsdatenspeicherung'),
  marked('der Umgang mit Falschmeldungen', 'den Umgang mit Falschmeldungen', 'des Umgangs mit Falschmeldungen'),
  phrase('f', 'Haftung der Plattformen'),
  marked('der Schutz von Minderjährigen', 'den Schutz von Minderjährigen', 'des Schutzes von Minderjährigen'),
  phrase('f', 'Transparenz der Algorithmen'), phrase('f', 'Löschpraxis der Netzwerke'),
  marked('der Zugang der Forschung zu Plattformdaten', 'den Zugang der Forschung zu Plattformdaten', 'des Zugangs der Forschung zu Plattformdaten'),
  phrase('f', 'Sicherheit von Wahlen'), phrase('f', 'Chatkontrolle'), phrase('f', 'Altersprüfung im Netz'),
  phrase('f', 'Kennzeichnung von KI-Inhalten'), phrase('f', 'Verschlüsselung von Messengern'),
];

/** What an institution presents or announces. */
export const OBJECTS: readonly Phrase[] = [
  phrase('f', 'Meldestelle für Hassbotschaften', true), phrase('m', 'Transparenzbericht', true),
  phrase('f', 'neue Beschwerdefunktion', true), phrase('n', 'Bußgeldverfahren', true),
  phrase('f', 'Selbstverpflichtung der Branche', true), phrase('n', 'Gutachten zur Meinungsfreiheit', true),
  phrase('f', 'Prüfung durch die Aufsicht', true), phrase('m', 'Gesetzentwurf', true), phrase('f', 'Sammelklage', true),
  marked('ein freiwilliger Verhaltenskodex', 'einen freiwilligen Verhaltenskodex', 'eines freiwilligen Verhaltenskodex'),
  phrase('f', 'Schlichtungsstelle', true), phrase('n', 'Eckpunktepapier', true),
];

// ---------------------------------------------------------------------------------------------
// Headlines, in the telegram style of news sites (articles dropped). Every piece's headline is
// unique, as real ones are (its social card is drawn from it), so the parts multiply into
// several hundred thousand combinations and the generator draws until it finds an unused one.

/** Institutions as headline subjects: singular, without article. */
export const HEADLINE_ACTORS = [
  'Bundesnetzagentur', 'Kartellamt', 'EU-Kommission', 'Digitalministerium', 'Datenschutzbeauftragte',
  'Verbraucherzentrale', 'Landesmedienanstalt', 'Bundesrat', 'Bitkom', 'Chaos Computer Club', 'Bundesgerichtshof',
  'Verfassungsgericht', 'Staatsanwaltschaft', 'Innenministerium', 'Justizministerium', 'Digitalausschuss',
  'Medienaufsicht', 'BSI', 'Monopolkommission', 'EU-Parlament', 'Landgericht', 'Oberlandesgericht',
  'Stiftung Warentest', 'Ethikrat', 'Bundestag',
] as const;

/** Headline predicates of a singular subject; {object} is one of HEADLINE_OBJECTS. */
export const HEADLINE_VERBS = [
  'prüft {object}', 'fordert {object}', 'kritisiert {object}', 'stoppt {object}', 'legt {object} vor',
  'kündigt {object} an', 'billigt {object}', 'verschärft {object}', 'plant {object}',
] as const;

/** Headline objects: accusative, without article. */
export const HEADLINE_OBJECTS = [
  'Sammelklage', 'Transparenzbericht', 'Meldestelle für Hassbotschaften', 'Beschwerdeverfahren', 'Bußgeldverfahren',
  'Verhaltenskodex', 'Gutachten zur Meinungsfreiheit', 'Gesetzentwurf', 'Sonderprüfung', 'Eilantrag', 'Altersprüfung',
  'Löschfristen', 'Warnhinweise', 'Upload-Filter', 'Datenzugang für Forschende', 'Kennzeichnungspflicht', 'Prüfverfahren',
  'Schlichtungsstelle', 'Netzsperren', 'Meldepflicht für Datenlecks', 'Auskunftspflicht', 'Moderationsregeln',
  'Bußgeld gegen Videoplattform', 'Auflagen für Messengerdienste', 'Regeln für Kurznachrichtendienste',
] as const;

/** Headline topics: `short` after „um“, „zu“ or a colon, `nom` as a sentence's subject. */
export const HEADLINE_TOPICS = [
  { short: 'Chatkontrolle', nom: 'die Chatkontrolle' }, { short: 'Löschpraxis', nom: 'die Löschpraxis' },
  { short: 'Kontosperrungen', nom: 'die Sperrung von Konten' }, { short: 'Vorratsdatenspeicherung', nom: 'die Vorratsdatenspeicherung' },
  { short: 'Digital Services Act', nom: 'der Digital Services Act' }, { short: 'Netzwerkdurchsetzungsgesetz', nom: 'das Netzwerkdurchsetzungsgesetz' },
  { short: 'Jugendschutz im Netz', nom: 'der Jugendschutz im Netz' }, { short: 'Plattformhaftung', nom: 'die Haftung der Plattformen' },
  { short: 'Upload-Filter', nom: 'der Upload-Filter' }, { short: 'Gesichtserkennung', nom: 'die Gesichtserkennung' },
  { short: 'Wahlwerbung im Netz', nom: 'die Wahlwerbung im Netz' }, { short: 'Desinformation', nom: 'der Kampf gegen Desinformation' },
  { short: 'Hassrede', nom: 'der Umgang mit Hassrede' }, { short: 'Datenzugang für Forschende', nom: 'der Datenzugang für Forschende' },
  { short: 'Altersprüfung', nom: 'die Altersprüfung' }, { short: 'Verschlüsselung', nom: 'die Verschlüsselung' },
  { short: 'Staatstrojaner', nom: 'der Staatstrojaner' }, { short: 'Cookie-Banner', nom: 'das Cookie-Banner' },
  { short: 'KI-Kennzeichnung', nom: 'die Kennzeichnung von KI-Inhalten' }, { short: 'Netzneutralität', nom: 'die Netzneutralität' },
  { short: 'Funklöcher', nom: 'der Kampf gegen Funklöcher' }, { short: 'Datenlecks', nom: 'der Umgang mit Datenlecks' },
  { short: 'Online-Werbung', nom: 'die Online-Werbung' }, { short: 'Messenger-Überwachung', nom: 'die Überwachung von Messengern' },
  { short: 'Bot-Netzwerke', nom: 'der Kampf gegen Bot-Netzwerke' }, { short: 'Deepfakes', nom: 'der Umgang mit Deepfakes' },
  { short: 'Algorithmen-Transparenz', nom: 'die Transparenz der Algorithmen' }, { short: 'Breitbandausbau', nom: 'der Breitbandausbau' },
] as const;

/** What happened before, as a headline's lead-in („Nach dem Datenleck: …“). */
export const HEADLINE_EVENTS = [
  'Nach dem Datenleck', 'Nach der Panne', 'Nach dem Urteil', 'Nach der Anhörung', 'Nach der Razzia', 'Nach dem Ausfall',
  'Nach Protesten', 'Nach scharfer Kritik', 'Nach dem Digitalgipfel', 'Nach der Abstimmung', 'Nach dem Hackerangriff',
  'Nach monatelangem Streit', 'Vor der Wahl', 'Vor dem Gipfel', 'Vor der Anhörung',
] as const;

/** Short quotes for headlines like „Albrecht: „Wir brauchen klare Regeln““. */
export const HEADLINE_QUOTES = [
  'Wir brauchen klare Regeln', 'Das Gesetz kommt zu spät', 'Die Aufsicht ist überfordert', 'Niemand hat uns gewarnt',
  'Wir prüfen jeden Fall einzeln', 'Das ist ein Dammbruch', 'Die Plattformen müssen haften', 'Wir lassen uns nicht erpressen',
  'Die Zahlen sind alarmierend', 'Ein wichtiges Signal', 'Das war ein Fehler', 'Wir stehen erst am Anfang',
  'Die Nutzer zahlen die Zeche', 'Das Netz ist kein rechtsfreier Raum', 'So kann es nicht weitergehen',
  'Wir haben geliefert', 'Die Meinungsfreiheit steht auf dem Spiel', 'Ohne Kontrolle geht es nicht',
] as const;

/** Who a headline says is affected. */
export const HEADLINE_WHOM = [
  'Nutzerinnen und Nutzer', 'Eltern', 'Schulen', 'kleine Anbieter', 'Kommunen', 'Journalisten', 'Unternehmen',
  'Verbraucher', 'Forschende', 'Behörden',
] as const;

/**
 * Headline templates. Slots: {actor} and {verb} (which holds {object}), {object}, {topic} (short
 * form), {topicNom}, {place}, {event}, {surname} (of a person the piece quotes), {quote}, {whom},
 * {number}.
 */
export const HEADLINE_TEMPLATES = [
  '{actor} {verb}',
  '{event}: {actor} {verb}',
  '{place}: {actor} {verb}',
  '{topic}: {actor} {verb}',
  '{event} in {place}: {actor} {verb}',
  '{number} Beschwerden: {actor} {verb}',
  'Streit um {topic} in {place}',
  '{event}: Streit um {topic}',
  'Streit um {topic}: {surname} fordert {object}',
  '{place}: {surname} fordert {object}',
  '{surname}: „{quote}“',
  '{topic}: {surname} sagt „{quote}“',
  'Was {topicNom} für {whom} bedeutet',
  'Warum {topicNom} so umstritten ist',
  '{topic}: Was sich für {whom} in {place} ändert',
  '{topic}: Was {whom} jetzt wissen müssen',
] as const;

export const STANDFIRST_TEMPLATES = [
  'Seit Wochen wird über {subjectAcc} gestritten. Nun legt {org} {objectAcc} vor – und die Kritik folgt prompt.',
  'In {place} beraten Fachleute über {subjectAcc}. Was bisher bekannt ist und welche Fragen offen bleiben.',
  '{orgCap} will {subjectAcc} neu ordnen. Kritikerinnen und Kritiker sprechen von einem Schnellschuss, Befürworter von einem überfälligen Schritt.',
  'Ein Überblick über {subjectAcc}: wer entscheidet, was geplant ist und was Nutzerinnen und Nutzer erwartet.',
  '{person}, {role}, hält {objectAcc} für überfällig. Andere warnen vor den Folgen für kleine Anbieter.',
  'Im {month} soll {object} vorliegen. Bis dahin bleibt offen, wer über {subjectAcc} entscheidet.',
  'Der Streit um {subjectAcc} erreicht {place}: {orgCap} kündigt {objectAcc} an, die Opposition spricht von Symbolpolitik.',
  '{number} Beschwerden in einem Jahr: Warum {orgCap} jetzt handeln will und was das für Nutzerinnen und Nutzer heißt.',
] as const;

export const SUBHEADS = [
  'Was bisher bekannt ist', 'Die Vorgeschichte', 'Kritik aus der Opposition', 'Wie es weitergeht',
  'Die Rolle der Aufsicht', 'Offene Fragen', 'Reaktionen aus der Branche', 'Der rechtliche Rahmen',
  'Was Fachleute sagen', 'Ein Blick ins Ausland', 'Die Zahlen', 'Was Nutzer tun können',
] as const;

/**
 * Sentence templates. Slots: {person} (first name and surname), {surname}, {role}, {org},
 * {orgCap}, {orgGen}, {place}, {subject}, {subjectAcc}, {object}, {objectAcc}, {number},
 * {percent}, {weekday}, {month}.
 */
export const SENTENCES = [
  'Nach Angaben {orgGen} ist {subject} seit Monaten eines der umstrittensten Themen der Netzpolitik.',
  '„Wir haben das Problem lange unterschätzt“, sagte {person}, {role}, am {weekday} in {place}.',
  '{surname} verwies darauf, dass bereits {number} Beschwerden eingegangen seien.',
  'Für die Plattformen geht es um viel Geld: Bei Verstößen drohen Bußgelder von bis zu {percent} Prozent des weltweiten Jahresumsatzes.',
  'Im {month} hatte {org} angekündigt, {objectAcc} vorzulegen.',
  'Kritikerinnen und Kritiker bemängeln, dass die Regeln zu vage formuliert seien und kleine Anbieter überforderten.',
  'Befürworter halten dagegen, ohne verbindliche Vorgaben ändere sich an der Praxis der Konzerne nichts.',
  '{person} sprach von einem „Flickenteppich“ aus nationalen und europäischen Vorschriften.',
  'Wie viele Konten tatsächlich betroffen sind, ist bislang unklar; Schätzungen reichen von einigen Tausend bis zu {number}.',
  'Eine Anfrage unserer Redaktion ließ {org} zunächst unbeantwortet.',
  'Schon vor zwei Jahren hatte eine Studie gezeigt, dass {percent} Prozent der Befragten den Plattformen wenig vertrauen.',
  'In {place} beschäftigt sich inzwischen auch die Staatsanwaltschaft mit dem Fall.',
  'Nach Darstellung von {surname} fehlt es vor allem an Personal und an klaren Zuständigkeiten.',
  'Der Vorfall wirft die Frage auf, wie gut interne Abläufe bei großen Netzwerken kontrolliert werden.',
  'Mehrere Verbände forderten eine unabhängige Untersuchung und regelmäßige Berichte an das Parlament.',
  '„Das ist kein technisches, sondern ein politisches Problem“, sagte {person}.',
  'Die Bundesregierung will den Entwurf noch vor der Sommerpause im Kabinett beraten.',
  'Die Zahl der gemeldeten Inhalte hat sich nach Angaben der Betreiber binnen eines Jahres fast verdoppelt.',
  'Ob {object} tatsächlich etwas ändert, wird sich erst in einigen Monaten zeigen.',
  'Nutzerinnen und Nutzer können sich nach den neuen Regeln direkt an eine Schlichtungsstelle wenden.',
  '{orgCap} kündigte an, die Entwicklung genau zu beobachten und notfalls einzugreifen.',
  'Am {weekday} trafen sich Vertreter der Unternehmen mit Fachleuten aus Wissenschaft und Zivilgesellschaft.',
  'Die Ergebnisse des Treffens sollen in einem Bericht veröffentlicht werden, der für den {month} angekündigt ist.',
  'Auch in anderen europäischen Ländern wird über {subjectAcc} diskutiert, etwa in Frankreich und Österreich.',
  '{surname} hält die bisherigen Maßnahmen für unzureichend und fordert schärfere Kontrollen.',
  'Laut einer internen Auswertung wurden im vergangenen Quartal {number} Beiträge entfernt.',
  'Wer gegen eine Entscheidung vorgehen will, muss bislang einen langen und teuren Rechtsweg beschreiten.',
  'Die Opposition wirft der Regierung vor, das Thema zu lange verschleppt zu haben.',
  'Fachleute warnen zugleich davor, die Meinungsfreiheit durch übereilte Löschungen zu gefährden.',
  'In einer ersten Stellungnahme sprach {org} von einem „wichtigen Signal“.',
  'Wie es weitergeht, hängt nun maßgeblich von den Gerichten ab.',
  'Der Fall hatte im Netz für großes Aufsehen gesorgt und zahlreiche Spekulationen ausgelöst.',
] as const;

export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;
export const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

export const PUBLISHERS = [
  { name: 'Reuters', language: 'en', host: 'www.reuters.com' },
  { name: 'Associated Press', language: 'en', host: 'apnews.com' },
  { name: 'TechCrunch', language: 'en', host: 'techcrunch.com' },
  { name: 'The Verge', language: 'en', host: 'www.theverge.com' },
  { name: 'Deutsche Presse-Agentur', language: 'de', host: 'www.dpa.com' },
  { name: 'heise online', language: 'de', host: 'www.heise.de' },
  { name: 'netzpolitik.org', language: 'de', host: 'netzpolitik.org' },
  { name: 'tagesschau.de', language: 'de', host: 'www.tagesschau.de' },
  { name: 'Süddeutsche Zeitung', language: 'de', host: 'www.sueddeutsche.de' },
  { name: 'Der Spiegel', language: 'de', host: 'www.spiegel.de' },
] as const;

export const SOURCE_TITLES_EN = [
  'Regulators weigh new rules for social networks', 'Platform admits error in account suspension',
  'Lawmakers demand answers after outage', 'Inside the content moderation teams', 'Court ruling on platform liability',
] as const;

export const SOURCE_TITLES_DE = [
  'Neue Regeln für soziale Netzwerke geplant', 'Plattform räumt Fehler bei Sperrung ein',
  'Abgeordnete fordern Aufklärung', 'Wie Moderationsteams arbeiten', 'Urteil zur Haftung von Plattformen',
] as const;

// ---------------------------------------------------------------------------------------------
// Pictures: what a generated photo stands for (its alt text and caption) and who took it.

/** Photographers of the generated pictures; none shares a name with SURNAMES (corrections match substrings). */
export const PHOTOGRAPHERS = [
  'Lena Marquardt', 'Tim Osterkamp', 'Jana Reisinger', 'Paul Hartwig', 'Selin Aksoy', 'Ole Brinkmann',
  'Mara Feldhaus', 'Kai Winterberg', 'Ida Lorenzen', 'Jan Kowalczyk', 'Rosa Ebner', 'Nils Thiede',
] as const;

export const AGENCIES = ['dpa', 'Reuters', 'AFP', 'AP', 'epd', 'imago', 'picture alliance', 'KNA', 'Netzchronik'] as const;

export const LICENSES = ['mit freundlicher Genehmigung', 'CC BY 4.0', 'CC BY-SA 4.0'] as const;

/**
 * Scenes of news photos: the alt text says what the picture shows, the caption why it is there.
 * Slots as in SENTENCES.
 */
export const SCENES = [
  { alt: '{person} steht am Rednerpult einer Pressekonferenz in {place}, dahinter eine blaue Wand', caption: '{person}, {role}, am {weekday} in {place}.' },
  { alt: 'Demonstrierende mit Transparenten und Schildern vor dem Rathaus in {place}', caption: 'Protest in {place}: Mehrere Hundert Menschen demonstrierten gegen {subjectAcc}.' },
  { alt: 'Lange Reihen von Rechnerschränken mit blinkenden Lämpchen in einem Rechenzentrum', caption: 'Ein Rechenzentrum bei {place}. Hier liegen auch Daten, um die es im Streit über {subjectAcc} geht.' },
  { alt: 'Eine Hand hält ein Smartphone, auf dem eine Nachrichten-App geöffnet ist', caption: 'Die meisten Nutzerinnen und Nutzer lesen Nachrichten inzwischen auf dem Handy.' },
  { alt: 'Der Plenarsaal während einer Debatte, auf der Regierungsbank sitzen mehrere Ministerinnen und Minister', caption: 'Die Debatte über {subjectAcc} im Plenum dauerte mehrere Stunden.' },
  { alt: 'Das Gerichtsgebäude in {place} von außen, davor stehen Fahrräder und ein Kamerateam', caption: 'Vor dem Gericht in {place} warteten am {weekday} zahlreiche Journalistinnen und Journalisten.' },
  { alt: 'Zwei Frauen sitzen an einem Tisch voller Laptops und Unterlagen und sehen auf einen Bildschirm', caption: 'Prüferinnen der Aufsicht bei der Arbeit. {orgCap} will {objectAcc} vorlegen.' },
  { alt: 'Bauarbeiter verlegen an einer Straße in {place} orangefarbene Leerrohre für Glasfaserkabel', caption: 'Ausbau des Glasfasernetzes in {place}.' },
  { alt: 'Fotografen und Kameraleute mit Mikrofonen drängen sich vor einem Eingang', caption: 'Großes Interesse: Medienvertreter am {weekday} in {place}.' },
  { alt: 'Eine Tastatur im Halbdunkel, beleuchtet vom Bildschirm eines Laptops', caption: 'Symbolbild: Nach Angaben {orgGen} nehmen Angriffe auf Netzwerke zu.' },
  { alt: 'Ein Funkmast auf einem Feld bei {place} vor wolkigem Himmel', caption: 'Funkmast bei {place}: Auf dem Land fehlt vielerorts noch eine stabile Verbindung.' },
  { alt: 'Die Dächer von {place} in der Abenddämmerung, in vielen Fenstern brennt Licht', caption: 'Abend über {place}.' },
  { alt: 'Besucherinnen und Besucher einer Fachmesse drängen sich an einem Stand mit großen Bildschirmen', caption: 'Auf der Fachmesse in {place} war {subject} das beherrschende Thema.' },
  { alt: '{person} spricht in einem Sitzungssaal in ein Mikrofon, daneben stehen Wassergläser und liegen Akten', caption: '{person} bei der Anhörung in {place}.' },
] as const;
