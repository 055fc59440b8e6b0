import { describe, expect, it } from 'vitest';
import { compileBody, describeParseError, timelinesIn, type BodyContext, type CitedPost } from '../../src/checks/body/compile.ts';

const POST: CitedPost = {
  platform: 'twitter',
  author: 'Donald Trump',
  handle: '@realDonaldTrump',
  date: '2017-11-03',
  text: 'My Twitter account was taken down for 11 minutes by a rogue employee.',
  language: 'en',
  publisher: 'Business Insider',
};

const context: BodyContext = {
  startLine: 10,
  sources: ['techcrunch', 'reuters', 'bi'],
  sourceExists: (id) => ['techcrunch', 'reuters', 'ap', 'bi'].includes(id),
  timelineExists: (id) => id === 'trump-account-2017',
  pictureProblem: (src) => (src === 'weisses-haus.jpg' ? undefined : `nennt das Bild „${src}“, aber es gibt keine Datei content/bilder/${src}`),
  hourGraphicProblem: (id, day) => (id === 'trump-account-2017' && day === '2017-11-02' ? undefined : `keine Stunden für ${id} am ${day}`),
  pieceLink: (kind, id) => (id === 'wer' ? { href: `/chronik/welt/2026/11/26/${id}/` } : { problem: `verlinkt „${kind}:${id}“, das es nicht gibt` }),
  postOf: (id) => (id === 'bi' ? POST : `kein Beitrag in ${id}`),
};

const problemsOf = (body: string) => compileBody(body, context).problems.map((problem) => `${problem.line} ${problem.message}`);

describe('compileBody: what a body may contain', () => {
  it('turns Markdown into HTML with German-friendly punctuation and heading ids', () => {
    const { parts, problems } = compileBody('## Zwei Uhren, eine Nacht\n\nEr sagte „Hallo“ -- und <span lang="en">"hi"</span>...', context);
    expect(problems).toEqual([]);
    expect(parts).toEqual(['<h2 id="zwei-uhren-eine-nacht">Zwei Uhren, eine Nacht</h2>\n<p>Er sagte „Hallo“ – und <span lang="en">“hi”</span>…</p>']);
  });

  it('keeps kit components as parts between HTML, numbered by the piece\'s sources', () => {
    const { parts, problems } = compileBody('Erst.<Quelle id="reuters" /> Dann.<Quelle id="reuters" />\n\n<Infobox title="Kurz">\n\n- a<Quelle id="techcrunch" />\n\n</Infobox>', context);
    expect(problems).toEqual([]);
    expect(parts).toEqual([
      '<p>Erst.',
      { name: 'Quelle', props: { id: 'reuters', number: '2', occurrence: '1' }, children: [] },
      ' Dann.',
      { name: 'Quelle', props: { id: 'reuters', number: '2', occurrence: '2' }, children: [] },
      '</p>\n',
      { name: 'Infobox', props: { title: 'Kurz' }, children: ['<ul>\n<li>a', { name: 'Quelle', props: { id: 'techcrunch', number: '1', occurrence: '1' }, children: [] }, '</li>\n</ul>'] },
    ]);
  });

  it('resolves article: and explainer: links and allows the safe schemes', () => {
    const { parts, problems } = compileBody('[a](explainer:wer) [b](https://example.org/x) [c](mailto:a@b.de) [d](/archiv/) [e](#quelle-1)', context);
    expect(problems).toEqual([]);
    expect(parts[0]).toContain('href="/chronik/welt/2026/11/26/wer/"');
    expect(parts[0]).toContain('href="https://example.org/x"');
  });

  it('finds the timelines a body shows, for its page\'s cache key', () => {
    const { parts } = compileBody('<Timeline id="trump-account-2017" />\n\n<Infobox title="a">\n\n<Timeline id="trump-account-2017" />\n\n</Infobox>', context);
    expect(timelinesIn(parts)).toEqual(['trump-account-2017', 'trump-account-2017']);
    expect(timelinesIn(compileBody('Nur Text.', context).parts)).toEqual([]);
  });

  it('drops MDX comments, which are notes for the newsroom', () => {
    expect(compileBody('Text {/* intern: prüfen */} weiter.', context)).toEqual({ parts: ['<p>Text  weiter.</p>'], problems: [] });
  });

  it('keeps the small HTML allowlist with its attributes', () => {
    const { parts, problems } = compileBody('Die <abbr title="Associated Press">AP</abbr> schrieb <span lang="en">deactivated</span>.', context);
    expect(problems).toEqual([]);
    expect(parts[0]).toBe('<p>Die <abbr title="Associated Press">AP</abbr> schrieb <span lang="en">deactivated</span>.</p>');
  });
});

describe('compileBody: what a body may not contain, each at its line', () => {
  it.each([
    ['an import', 'import fs from "node:fs"\n\nText', '10 Zeilen mit `import` und `export` sind Code'],
    ['an export', 'export const a = 1\n\nText', '10 Zeilen mit `import` und `export` sind Code'],
    ['an expression', 'Text\n\nHome: {process.env.HOME}', '12 `{…}` ist in MDX Code'],
    ['an unknown component', '<Foto src="a.jpg" />', '10 <Foto> ist keiner der Bausteine, die im Text stehen dürfen (Bild, Infobox, Post, Quelle, Stundengrafik, Timeline, Zitat'],
    ['a component in the wrong case', 'Text.<quelle id="ap" />', '10 <quelle> ist kein Baustein: Groß- und Kleinschreibung zählt, schreiben Sie <Quelle>'],
    ['a script', '<script>alert(1)</script>', '10 <script> ist HTML, das nicht im Text stehen darf'],
    ['an iframe', '<iframe src="https://video.example/x"></iframe>', '10 <iframe> ist HTML, das nicht im Text stehen darf'],
    ['an event handler', 'Die <abbr title="x" onmouseover="alert(1)">AP</abbr>', '10 <abbr> hat „onmouseover“, das Code im Browser der Leser ausführen würde'],
    ['a style attribute', 'Die <span style="color:red">AP</span>', '10 <span> hat eine Angabe „style“'],
    ['an attribute outside the allowlist', 'Die <span class="x">AP</span>', '10 <span> darf die Angabe „class“ nicht haben (nur lang)'],
    ['a javascript: link', '[klick](javascript:alert(1))', '10 verlinkt „javascript:alert(1)“: ein Link muss mit'],
    ['a protocol-relative link', '[klick](//evil.example/)', '10 verlinkt „//evil.example/“'],
    ['a relative link', '[klick](seite.html)', '10 verlinkt „seite.html“'],
    ['a picture from another site', '![Bild](https://cdn.example/a.png)', '10 zeigt ein Bild von einer anderen Website (https://cdn.example/a.png)'],
    ['a local picture', '![Bild](./a.png)', '10 zeigt das Bild „./a.png“ in Markdown-Schreibweise, die keinen Platz für den Bildnachweis hat: schreiben Sie <Bild src='],
    ['a second # headline', 'Text\n\n# Noch ein Titel', '12 ist eine zweite Überschrift mit „#“'],
    ['a missing attribute', '<Infobox>\n\n- a\n\n</Infobox>', '10 <Infobox> braucht title="…"'],
    ['an empty attribute', '<Infobox title="">\n\n- a\n\n</Infobox>', '10 <Infobox>: die Angabe title darf nicht leer sein (gefunden: „“)'],
    ['an expression attribute', 'Text.<Quelle id={x} />', '10 <Quelle> hat id={…}, also Code'],
    ['a spread attribute', 'Text.<Quelle {...props} />', '10 <Quelle> enthält `{…}`, also Code'],
    ['an attribute without a value', 'Text.<Quelle id />', '10 <Quelle> hat id ohne Wert'],
    ['an unknown attribute on the next line', '<Zitat von="x"\n  sprache="en">Hi</Zitat>', '11 <Zitat> hat keine Angabe „sprache“ (möglich: von, quelle, lang'],
    ['a wrong attribute value', '<Zitat von="x" lang="fr">Hi</Zitat>', '10 <Zitat>: die Angabe lang muss de (Deutsch) oder en (Englisch) sein (gefunden: „fr“)'],
    ['text inside a component that takes none', 'Text.<Quelle id="ap">mehr</Quelle>', '10 <Quelle> nimmt keinen Text auf'],
    ['a block component inside a paragraph', 'Text <Timeline id="trump-account-2017" /> weiter', '10 <Timeline> muss in eigenen Zeilen stehen'],
    ['a citation on a line of its own', 'Text.\n\n<Quelle id="ap" />', '12 <Quelle> gehört direkt hinter den belegten Satz'],
    ['a source that does not exist', 'Text.<Quelle id="bild" />', '10 zitiert die Quelle „bild“, aber es gibt keine Datei content/sources/bild.yaml'],
    ['a source missing from the list', 'Text.<Quelle id="ap" />', '10 zitiert die Quelle „ap“, die in der Liste sources dieses Beitrags fehlt'],
    ['a timeline that does not exist', '<Timeline id="keine" />', '10 zeigt die Zeitleiste „keine“, aber es gibt keine Datei content/timeline/keine.yaml'],
    ['a link to a piece that cannot be linked', '[x](article:weg)', '10 verlinkt „article:weg“, das es nicht gibt'],
    ['a fragment', '<>Text</>', '10 `<>…</>` ist ein leeres Tag-Paar'],
    ['a link with a pasted quote', '[x](https://example.org/a"><script>)', '10 verlinkt „https://example.org/a"><script>“; die Adresse enthält nach „https://example.org/a“ ein Anführungszeichen ("): kopieren Sie die Adresse'],
    ['a link in typographic quotes', '[x](„https://example.org/a“)', '10 verlinkt „„https://example.org/a““; die Adresse enthält am Anfang ein Anführungszeichen („)'],
    ['a link with a space', '[x](<https://example.org/a b>)', '10 verlinkt „https://example.org/a b“; die Adresse enthält nach „https://example.org/a“ ein Leerzeichen'],
    ['a link with a backslash', '[x](https://example.org/a\\b)', '10 verlinkt „https://example.org/a\\b“; die Adresse enthält nach „https://example.org/a“ einen Backslash'],
    ['a link with an invisible character', '[x](https://example.org/a\u200bb)', '10 verlinkt „https://example.org/a\u200bb“; die Adresse enthält nach „https://example.org/a“ ein unsichtbares Zeichen (U+200B)'],
  ])('rejects %s', (_name, body, expected) => {
    const found = problemsOf(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('keeps a link whose address has its space or apostrophe written as the browser copies it', () => {
    expect(problemsOf("[x](https://example.org/Mein%20Bericht.pdf) und [y](https://de.wikipedia.org/wiki/Ender's_Game)")).toEqual([]);
  });

  it('reports every problem of a body, not only the first', () => {
    expect(problemsOf('import a from "b"\n\nText {x} und <iframe />')).toHaveLength(3);
  });

  it('publishes nothing of a body with problems', () => {
    expect(compileBody('Text\n\n<script>alert(1)</script>', context).parts).toEqual([]);
  });
});

describe('MDX parse errors in an editor\'s words', () => {
  it.each([
    ['a brace in prose', 'Text { mehr', '10 eine `{` beginnt in MDX Code'],
    ['a < before a digit', 'Wenn a <3 ist', '10 ein `<` vor einer Ziffer'],
    ['an HTML line break', 'Zeile<br>weiter', '10 schreiben Sie einen Zeilenumbruch als <br /> (mit Schrägstrich)'],
    ['an HTML comment', 'Text\n\n<!-- intern -->', '12 HTML-Kommentare (<!-- … -->) sind in MDX nicht erlaubt: für eine Notiz, die nie veröffentlicht wird, schreiben Sie {/* … */}'],
    ['a component never closed', '<Infobox title="a">\n\n- a', '10 <Infobox> wird nie geschlossen'],
  ])('explains %s', (_name, body, expected) => {
    const found = problemsOf(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('keeps the parser\'s own words only as a last resort, without its error code', () => {
    expect(describeParseError('2:3: Something odd (mdx:odd-thing)', 5)).toEqual({ line: 6, message: 'ist hier kein gültiges MDX (Something odd): prüfen Sie Tags, Klammern und Anführungszeichen in dieser Zeile' });
  });
});

describe('compileBody: headings, quotes, embeds and posts', () => {
  it.each([
    ['a skipped level', '## Erst\n\nText\n\n#### Dann', '14 die Überschrift „####“ folgt auf eine mit „##“ und überspringt damit eine Ebene: Schreiben Sie „###“'],
    ['a first subhead below ##', 'Text\n\n### Gleich zu tief', '12 die Überschrift „###“ überspringt eine Ebene: Die Überschrift des Artikels ist die einzige mit „#“, die erste Zwischenüberschrift im Text beginnt mit „##“'],
    ['straight quotes across emphasis', 'Er nannte ihn "einen *abtrünnigen* Mitarbeiter".', '10 setzt „einen abtrünnigen Mitarbeiter“ in gerade Anführungszeichen ("…"): Im deutschen Text stehen deutsche Anführungszeichen, auch um englische Zitate; schreiben Sie „einen abtrünnigen Mitarbeiter“'],
    ['straight quotes on a later line of a paragraph', 'Erste Zeile\nund dann "zweite"', '11 setzt „zweite“ in gerade Anführungszeichen'],
    ['straight quotes in a heading', '## Der "Rogue Employee"', '10 setzt „Rogue Employee“'],
    ['straight quotes in a list item', '- ein "Punkt"\n- noch einer', '10 setzt „Punkt“'],
    ['straight quotes in an Infobox', '<Infobox title="Kurz">\n\n- der "Fehler"\n\n</Infobox>', '12 setzt „Fehler“'],
    ['a lone straight quote', 'Ein 24"-Monitor', '10 enthält ein gerades Anführungszeichen ohne Gegenstück (Ein 24"-Monitor): Schreiben Sie „ am Anfang und “ am Ende eines Zitats, oder \\" für ein Zoll- oder Sekundenzeichen'],
    ['a pasted tweet', '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Text</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">November 3, 2017</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>', '10 enthält den Einbettungscode eines Beitrags von Twitter/X; er würde beim Lesen Programme und Daten der Plattform laden und ist nicht erlaubt: Zeigen Sie den Beitrag mit <Post id="…" />'],
    ['a pasted tweet that does not parse', 'Text\n\n<blockquote class="twitter-tweet"><p>Zeile<br>Zeile</p></blockquote>', '12 enthält den Einbettungscode eines Beitrags von Twitter/X'],
    ['a pasted Instagram post', '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">\n\nText\n\n</blockquote>\n\n<script async src="//www.instagram.com/embed.js"></script>', '10 enthält den Einbettungscode eines Beitrags von Instagram'],
    ['a pasted Bluesky post', '<blockquote class="bluesky-embed" data-bluesky-uri="at://x">Text</blockquote>', '10 enthält den Einbettungscode eines Beitrags von Bluesky'],
    ['a post from a source without one', '<Post id="reuters" />', '10 kein Beitrag in reuters'],
    ['a post from an unknown source', '<Post id="bild" />', '10 zitiert die Quelle „bild“, aber es gibt keine Datei content/sources/bild.yaml: prüfen Sie die Schreibweise (der Dateiname ohne .yaml)'],
  ])('rejects %s', (_name, body, expected) => {
    const found = problemsOf(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['levels that go down one at a time and back up', '## A\n\n### B\n\n#### C\n\n## D\n\n### E'],
    ['a ### after a timeline, whose title is a ## heading', '<Timeline id="trump-account-2017" />\n\n### Danach'],
    ['German quotes', 'Er sprach von einem „abtrünnigen Mitarbeiter“.'],
    ['quotes in code', 'Der Befehl `echo "hallo"` und\n\n```\nsay "x"\n```'],
    ['quotes in English text', 'Er schrieb <span lang="en">"rogue employee"</span>.\n\n<Zitat von="Trump" lang="en">\n\nA "rogue" employee.\n\n</Zitat>'],
    ['quotes in attributes and addresses', '<Infobox title="Kurz">\n\n- [Link](https://example.org/?q=%22x%22)\n\n</Infobox>'],
    ['an escaped quote', 'Ein 24\\"-Monitor'],
  ])('accepts %s', (_name, body) => {
    expect(problemsOf(body)).toEqual([]);
  });

  it('hands <Post> its source\'s post and counts it as a citation', () => {
    const { parts, problems } = compileBody('Er schrieb.<Quelle id="bi" />\n\n<Post id="bi" />', context);
    expect(problems).toEqual([]);
    expect(parts[3]).toEqual({ name: 'Post', props: { id: 'bi', number: '3', occurrence: '2', post: POST }, children: [] });
  });

  it('refuses <Post> inside a paragraph', () => {
    expect(problemsOf('Text <Post id="bi" /> weiter')).toEqual(['10 <Post> muss in eigenen Zeilen stehen, mit einer Leerzeile davor und danach']);
  });
});
