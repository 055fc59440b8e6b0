/**
 * Pictures as readers get them, in Chromium: the fixture site (tests/support/fixture-site.ts),
 * whose article has test photos (made by the test, tests/support/pictures.ts), served by nginx.
 * The lead image and a <Bild> with caption and credit, srcset candidates that load, no layout
 * shift, no WCAG 2.2 AA violation, the byte budget of a page with a lead image on three phones, no photo metadata in
 * any published file, EXIF orientation, the social card with the picture, and the feeds and
 * JSON-LD carrying it.
 * The data graphic needs no photo: it is checked on the real site.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { PHONE_MAX_WIDTH, PHONE_MEDIA } from '../../src/pictures/sizes.ts';
import { violationsInBothSchemes } from '../support/axe.ts';
import { ARTICLE_PATH } from '../support/site.ts';
import { serveFixtureSite, type ServedSite } from '../support/fixture-site.ts';
import { CAMERA, INLINE, LEAD } from '../support/pictures.ts';
import { expect, test } from '../support/visitor.ts';

const FIRST_ROUND_TRIP = 14 * 1024;
const LEAD_ON_PHONE = 35 * 1024;
/** The EXIF tag that points to the GPS block (0x8825), as little-endian bytes. */
const GPS_POINTER = Buffer.from([0x25, 0x88]);

test.describe('a piece with pictures', () => {
  test.describe.configure({ mode: 'serial' });
  let site: ServedSite;

  test.beforeAll(async () => {
    site = await serveFixtureSite();
  });
  test.afterAll(() => site?.stop());

  const open = async (page: Page) => page.goto(`${site.baseURL}${ARTICLE_PATH}`);

  test('shows the lead image and a <Bild> as figures with caption and credit', async ({ visitor: page }) => {
    await open(page);
    const figures = page.locator('article figure.picture');
    await expect(figures).toHaveCount(2);
    for (const [index, picture] of [LEAD, INLINE].entries()) {
      const figure = figures.nth(index);
      await expect(figure.locator('img')).toHaveAttribute('alt', picture.alt);
      await expect(figure.locator('figcaption')).toContainText(picture.caption);
      await expect(figure.locator('figcaption')).toContainText(picture.credit);
    }
    await expect(figures.first().locator('figcaption')).toContainText(`${LEAD.credit}, ${LEAD.license}`);
    const lead = figures.first().locator('img');
    await expect(lead).toHaveAttribute('loading', 'eager');
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect(figures.nth(1).locator('img')).toHaveAttribute('loading', 'lazy');
    const imgs = await page.locator('article figure.picture img').all();
    expect(imgs).toHaveLength(2);
    for (const img of imgs) {
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
    }
  });

  test('offers AVIF and WebP with a JPEG fallback, and every srcset candidate loads', async ({ visitor: page }) => {
    await open(page);
    const lead = page.locator('article figure.picture').first();
    // Per format one source for phones (at most PHONE_MAX_WIDTH) and one for everything wider.
    for (const type of ['image/avif', 'image/webp']) {
      await expect(lead.locator(`source[type="${type}"]`)).toHaveCount(2);
      await expect(lead.locator(`source[type="${type}"]`).first()).toHaveAttribute('media', PHONE_MEDIA);
      await expect(lead.locator(`source[type="${type}"]`).first()).not.toHaveAttribute('srcset', /\s1200w/);
      await expect(lead.locator(`source[type="${type}"]`).nth(1)).toHaveAttribute('srcset', /\s1200w$/);
    }
    const sets = await page.locator('article figure.picture').evaluateAll((figures) =>
      figures.flatMap((figure) => [...figure.querySelectorAll('source, img')].map((element) => element.getAttribute('srcset') ?? '')),
    );
    const candidates = [...new Set(sets.flatMap((set) => set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')).filter(Boolean))];
    expect(candidates.length).toBeGreaterThanOrEqual(12);
    for (const candidate of candidates) {
      const response = await page.request.get(new URL(candidate, site.baseURL).href);
      expect(response.status(), candidate).toBe(200);
      expect(response.headers()['content-type'], candidate).toMatch(/^image\/(avif|webp|jpeg)$/);
    }
  });

  test('nothing shifts while the pictures load', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page);
    await page.locator('article figure.picture').nth(1).scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  });

  test('has no WCAG 2.2 AA violations with pictures, light and dark', async ({ visitor: page }) => {
    for (const path of [ARTICLE_PATH, '/']) expect(await violationsInBothSchemes(page, `${site.baseURL}${path}`), path).toEqual({});
  });

  // The phones the budget is checked on: Lighthouse's mobile emulation (a Moto G Power), and
  // a 390 px phone at two and at three device pixels per CSS pixel.
  const PHONES = [
    { name: 'Lighthouse mobile, 412 px at 1.75x', width: 412, height: 823, scale: 1.75 },
    { name: '390 px at 2x', width: 390, height: 844, scale: 2 },
    { name: '390 px at 3x', width: 390, height: 844, scale: 3 },
  ] as const;
  for (const phone of PHONES) {
    test(`stays within the byte budget on a phone (${phone.name}): HTML + CSS 14 KB gzip, the lead image 35 KB`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: phone.scale });
      const page = await context.newPage();
      const requested: { path: string; type: string }[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === site.baseURL) requested.push({ path: url.pathname, type: request.resourceType() });
      });
      await page.goto(`${site.baseURL}${ARTICLE_PATH}`, { waitUntil: 'networkidle' });
      // Sizes as built: what a host sends (gzip at its highest level for the text).
      const builtFile = (pathname: string) => {
        const file = join(site.dist, decodeURIComponent(pathname));
        return statSync(file).isDirectory() ? join(file, 'index.html') : file;
      };
      const gzip = (pathname: string) => gzipSync(readFileSync(builtFile(pathname)), { level: 9 }).length;
      const firstRoundTrip = requested.filter((entry) => entry.type === 'document' || entry.type === 'stylesheet').reduce((sum, entry) => sum + gzip(entry.path), 0);
      const images = requested.filter((entry) => entry.type === 'image');
      const lead = images.find((entry) => entry.path.includes('testfoto-quer'));
      const leadBytes = lead ? statSync(builtFile(lead.path)).size : Infinity;
      const [width] = lead ? await sharp(builtFile(lead.path)).metadata().then((metadata) => [metadata.width]) : [undefined];
      console.log(`${phone.name}: HTML + CSS ${firstRoundTrip} B gzip; lead image ${lead?.path} (${width} px wide) ${leadBytes} B; images loaded: ${images.map((entry) => entry.path).join(', ')}`);
      expect(firstRoundTrip).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
      expect(lead?.path).toMatch(/\.avif$/);
      expect(leadBytes).toBeLessThanOrEqual(LEAD_ON_PHONE);
      // Sharp enough for the screen, up to twice its width (PHONE_MAX_WIDTH).
      expect(width).toBeGreaterThanOrEqual(Math.min(PHONE_MAX_WIDTH, (phone.width - 32) * phone.scale));
      // The picture in the body is further down: a phone does not load it up front.
      expect(images.some((entry) => entry.path.includes('testfoto-hoch'))).toBe(false);
      await context.close();
    });
  }

  test('no published file holds a photo\'s metadata (camera, time, GPS position), not even a copy of the original', async () => {
    const originals = ['testfoto-quer.jpg', 'testfoto-hoch.jpg'].map((name) => readFileSync(join(site.content, 'bilder', name)));
    // The test photo really carries what must not be published.
    expect((await sharp(originals[0]).metadata()).exif?.includes(GPS_POINTER)).toBe(true);
    const files = globSync('**/*', { cwd: site.dist, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    const pictures = files.filter((file) => /\.(jpe?g|png|webp|avif)$/.test(file));
    expect(pictures.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(CAMERA), file).toBe(false);
      expect(originals.some((original) => original.equals(bytes)), file).toBe(false);
    }
    for (const file of pictures) expect((await sharp(file).metadata()).exif, file).toBeUndefined();
  });

  test('a photo saved turned (EXIF orientation) shows upright, with its upright width and height', async ({ visitor: page }) => {
    await open(page);
    const img = page.locator('article figure.picture img').nth(1);
    await expect(img).toHaveAttribute('width', '800');
    await expect(img).toHaveAttribute('height', '1100');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const natural = await img.evaluate((element) => ({ width: (element as HTMLImageElement).naturalWidth, height: (element as HTMLImageElement).naturalHeight }));
    expect(natural.height).toBeGreaterThan(natural.width);
    // The red band along the saved top edge is, upright, on the right: in every file made from it.
    const candidates = (await page.locator('article figure.picture').nth(1).evaluate((figure) => [...figure.querySelectorAll('source, img')].map((element) => element.getAttribute('srcset') ?? ''))).flatMap((set) => set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')).filter(Boolean);
    // At least one file per format (AVIF, WebP, JPEG).
    expect(new Set(candidates).size).toBeGreaterThanOrEqual(3);
    for (const candidate of new Set(candidates)) {
      const { data, info } = await sharp(join(site.dist, candidate)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number) => {
        const at = (Math.floor(info.height / 2) * info.width + x) * 3;
        return { red: data[at] ?? 0, blue: data[at + 2] ?? 0 };
      };
      expect(info.height, candidate).toBeGreaterThan(info.width);
      expect(pixel(info.width - 3).red - pixel(info.width - 3).blue, `${candidate}: red on the right`).toBeGreaterThan(150);
      expect(pixel(2).red - pixel(2).blue, `${candidate}: no red on the left`).toBeLessThan(100);
    }
  });

  test('the social card shows the lead image: a 1200 × 630 JPEG, announced as such', async ({ visitor: page }) => {
    await open(page);
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
    const image = await meta('og:image');
    expect(new URL(image ?? '').pathname).toBe(`/social${ARTICLE_PATH.replace(/\/$/, '')}.jpg`);
    expect(await meta('og:image:type')).toBe('image/jpeg');
    expect(await meta('og:image:width')).toBe('1200');
    expect(await meta('og:image:height')).toBe('630');
    expect(await meta('twitter:image')).toBe(image);
    expect(await meta('og:image:alt')).toContain(LEAD.alt);
    const response = await page.request.get(new URL(new URL(image ?? '').pathname, site.baseURL).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    const card = await sharp(await response.body()).metadata();
    expect(card).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(card.exif).toBeUndefined();
  });

  test('the feeds and JSON-LD carry the lead image, from this site', async ({ visitor: page }) => {
    const json = (await (await page.request.get(`${site.baseURL}/feed.json`)).json()) as { items: { url: string; image?: string }[] };
    const item = json.items.find((entry) => entry.url.endsWith(ARTICLE_PATH));
    expect(item?.image).toMatch(/^https:\/\/[^/]+\/_astro\/testfoto-quer\.[\w-]+\.jpg$/);
    const rss = await (await page.request.get(`${site.baseURL}/feed.xml`)).text();
    expect(rss).toContain(`<media:content url="${item?.image}" medium="image" type="image/jpeg" width="800" height="450"><media:description type="plain">${LEAD.alt}</media:description></media:content>`);

    await open(page);
    const data = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}') as { image?: unknown }));
    const images = data.find((entry) => Array.isArray(entry.image))?.image as { width: string; height: string; url: string }[];
    // The test photo is 1600 × 900 px: the square crop is as large as its height allows.
    expect(images.map((image) => `${image.width}x${image.height}`)).toEqual(['1200x675', '1200x900', '900x900']);
    for (const image of images) {
      const response = await page.request.get(new URL(new URL(image.url).pathname, site.baseURL).href);
      expect(response.status()).toBe(200);
    }
  });

  test('teasers show a small crop of the lead image', async ({ visitor: page }) => {
    await page.goto(`${site.baseURL}/chronik/`);
    const teaser = page.locator('article.teaser', { has: page.locator(`a[href="${ARTICLE_PATH}"]`) });
    const img = teaser.locator('img');
    await expect(img).toHaveAttribute('alt', '');
    await expect(img).toHaveAttribute('width', '160');
    await expect(img).toHaveAttribute('height', '120');
  });
});

test('the chronology draws the night of 2/3 November 2017 from the timeline, credited', async ({ visitor: page }) => {
  await page.goto('/chronik/welt/2026/11/26/die-elf-minuten-chronologie/');
  const graphic = page.locator('figure.hour-graphic');
  await expect(graphic.locator('svg[role="img"]')).toHaveAccessibleName('Die Nacht vom 2. auf den 3. November 2017');
  await expect(graphic.locator('svg[role="img"]')).toHaveAccessibleDescription(/gegen 19 Uhr \(Ortszeit US-Ostküste\), in Deutschland 3\. November 2017, gegen 0 Uhr, Dauer 11 Minuten, Beginn und Ende nur ungefähr bekannt\./);
  await expect(graphic.locator('figcaption')).toContainText('Grafik: Netzchronik');
  await expect(graphic.locator('li')).toHaveText([/Account abgeschaltet.*gegen 19 Uhr.*11 Minuten, Beginn und Ende nur ungefähr bekannt/, /Erste Mitteilung von Twitter.*20:05 Uhr/]);
  // The outage began only „gegen 19 Uhr“: its bar fades in and out instead of starting at an exact minute.
  await expect(graphic.locator('rect')).toHaveCount(1);
  await expect(graphic.locator('rect')).toHaveAttribute('fill', /^url\(#.+-unscharf\)$/);
  await expect(graphic.locator('linearGradient stop').first()).toHaveAttribute('stop-opacity', '0');
  // Drawn, not a picture file: nothing but the page itself is loaded for it.
  await expect(graphic.locator('img')).toHaveCount(0);
});
