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

export const ORGS = [
  'die Bundesnetzagentur', 'das Digitalministerium', 'die EU-Kommission', 'der Verbraucherzentrale Bundesverband',
  'die Plattformbetreiber', 'das Bundeskartellamt', 'der Chaos Computer Club', 'die Landesmedienanstalt',
  'der Branchenverband Bitkom', 'das Bundesverfassungsgericht',
] as const;

export const PLACES = [
  'Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Brüssel', 'San Francisco', 'Washington', 'Dresden',
  'Frankfurt am Main', 'Stuttgart', 'Bremen', 'Düsseldorf', 'Hannover',
] as const;

export const SUBJECTS = [
  'die Sperrung von Konten', 'die Moderation von Beiträgen', 'das Netzwerkdurchsetzungsgesetz',
  'der Digital Services Act', 'die Vorratsdatenspeicherung', 'der Umgang mit Falschmeldungen',
  'die Haftung der Plattformen', 'der Schutz von Minderjährigen', 'die Transparenz der Algorithmen',
  'die Löschpraxis der Netzwerke', 'der Zugang der Forschung zu Plattformdaten', 'die Sicherheit von Wahlen',
] as const;

export const OBJECTS = [
  'eine Meldestelle für Hassbotschaften', 'ein Transparenzbericht', 'eine neue Beschwerdefunktion',
  'ein Bußgeldverfahren', 'eine Selbstverpflichtung der Branche', 'ein Gutachten zur Meinungsfreiheit',
  'eine Prüfung durch die Aufsicht', 'ein Gesetzentwurf aus dem Ministerium', 'eine Sammelklage',
  'ein freiwilliger Verhaltenskodex',
] as const;

export const HEADLINE_TEMPLATES = [
  'Streit um {subject} in {place}',
  '{orgCap} prüft {object}',
  'Was {subjectNom} für Nutzerinnen und Nutzer bedeutet',
  'Neue Regeln für {subject}: {orgCap} legt nach',
  '{surname}: „Wir brauchen klare Regeln“',
  'Debatte über {subject} erreicht den Bundestag',
  'Plattformen unter Druck: {object} in {place}',
  'Warum {subjectNom} so umstritten ist',
  '{orgCap} und {subject}: eine Bilanz',
  'Nach der Panne: {object} soll helfen',
] as const;

export const STANDFIRST_TEMPLATES = [
  'Seit Wochen wird über {subject} gestritten. Nun legt {org} {object} vor – und die Kritik folgt prompt.',
  'In {place} beraten Fachleute über {subject}. Was bisher bekannt ist und welche Fragen offen bleiben.',
  '{orgCap} will {subject} neu ordnen. Kritikerinnen und Kritiker sprechen von einem Schnellschuss, Befürworter von einem überfälligen Schritt.',
  'Ein Überblick über {subject}: wer entscheidet, was geplant ist und was Nutzerinnen und Nutzer erwartet.',
] as const;

export const SUBHEADS = [
  'Was bisher bekannt ist', 'Die Vorgeschichte', 'Kritik aus der Opposition', 'Wie es weitergeht',
  'Die Rolle der Aufsicht', 'Offene Fragen', 'Reaktionen aus der Branche', 'Der rechtliche Rahmen',
  'Was Fachleute sagen', 'Ein Blick ins Ausland', 'Die Zahlen', 'Was Nutzer tun können',
] as const;

/**
 * Sentence templates. Slots: {person} (first name and surname), {surname}, {role}, {org},
 * {orgCap}, {place}, {subject}, {subjectNom}, {object}, {number}, {percent}, {weekday}, {month}.
 */
export const SENTENCES = [
  'Nach Angaben von {org} ist {subject} seit Monaten eines der umstrittensten Themen der Netzpolitik.',
  '„Wir haben das Problem lange unterschätzt“, sagte {person}, {role}, am {weekday} in {place}.',
  '{surname} verwies darauf, dass bereits {number} Beschwerden eingegangen seien.',
  'Für die Plattformen geht es um viel Geld: Bei Verstößen drohen Bußgelder von bis zu {percent} Prozent des weltweiten Jahresumsatzes.',
  'Im {month} hatte {org} angekündigt, {object} vorzulegen.',
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
  'Auch in anderen europäischen Ländern wird über {subject} diskutiert, etwa in Frankreich und Österreich.',
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
