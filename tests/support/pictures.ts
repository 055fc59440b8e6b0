/**
 * Test pictures and a site built with them. There are no licensed photos in the repository, so
 * tests make their own: noise at three scales (blotches, shapes, fine grain), which compresses
 * about as badly as a real photograph: 1600 × 900 px take about 300 KB as JPEG at quality 88,
 * 1.7 bits a pixel, as a detailed camera photo does. (Smooth noise would make the byte budgets
 * too easy to meet.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { freePort } from './free-port.ts';
import { build } from './run.ts';

/** A photo-like JPEG of the given size. */
export async function testPhoto(width: number, height: number): Promise<Buffer> {
  return (await photo(width, height)).jpeg({ quality: 88 }).toBuffer();
}

/** Gaussian noise, blurred by `sigma`, as raw RGB. */
function noise(width: number, height: number, sigma: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).blur(sigma).raw().toBuffer();
}

async function photo(width: number, height: number): Promise<Sharp> {
  const [blotches, shapes, grain] = await Promise.all([noise(width, height, 24), noise(width, height, 4), noise(width, height, 0.8)]);
  const colourful = await sharp(blotches, { raw: { width, height, channels: 3 } }).modulate({ saturation: 1.6 }).normalise().raw().toBuffer();
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, (colourful[i] ?? 0) + ((shapes[i] ?? 128) - 128) * 0.5 + ((grain[i] ?? 128) - 128) * 0.3));
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** The camera a test photo names in its EXIF; no output file may contain it. */
export const CAMERA = 'Netzchronik-Testkamera';

/**
 * A photo as a phone saves it: EXIF with the camera, the time and the GPS position where it was
 * taken (the Reichstag in Berlin), all of which must stay out of the published files.
 */
export async function testPhotoWithGps(width: number, height: number): Promise<Buffer> {
  const jpeg = await testPhoto(width, height);
  return sharp(jpeg)
    .withExif({
      IFD0: { Make: CAMERA, Model: `${CAMERA} Pro`, Artist: 'Anna Beispiel' },
      IFD2: { DateTimeOriginal: '2017:11:02 19:00:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 6/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 22/1 33/1' },
    })
    .jpeg({ quality: 88 })
    .toBuffer();
}

/**
 * A portrait photo as cameras store it: `width` × `height` upright, saved turned a quarter
 * (landscape pixels, EXIF orientation 6) with a red band along the saved top edge, which
 * upright is the right edge.
 */
export async function testPhotoTurned(width: number, height: number): Promise<Buffer> {
  const band = await sharp({ create: { width: height, height: Math.round(width * 0.15), channels: 3, background: '#ff0000' } }).png().toBuffer();
  const saved = await sharp(await testPhoto(height, width)).composite([{ input: band, left: 0, top: 0 }]).png().toBuffer();
  return sharp(saved).jpeg({ quality: 88 }).withMetadata({ orientation: 6 }).toBuffer();
}

export const PICTURE_ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
export const LEAD = { src: 'testfoto-quer.jpg', alt: 'Ein unscharfes, farbiges Rauschen, das ein Foto vertritt', caption: 'Ein Testbild, das der Test selbst erzeugt hat.', credit: 'Foto: Testbild/Netzchronik', license: 'CC0' };
export const INLINE = { src: 'testfoto-hoch.jpg', alt: 'Ein zweites Rauschen im Hochformat', caption: 'Ein zweites Testbild im Text.', credit: 'Foto: Testbild/Netzchronik' };

/** A copy of content/ in which the article has a lead image and a <Bild> in its body. */
export async function contentWithPictures(root: string): Promise<string> {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'bilder'));
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhotoWithGps(1600, 900));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhotoTurned(800, 1100));
  const file = join(content, PICTURE_ARTICLE);
  const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`), '  focus: { x: 30, y: 40 }'].join('\n');
  const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />\n\n`;
  const text = readFileSync(file, 'utf8')
    .replace('published: 2017-11-30T00:00:00+01:00', `published: 2017-11-30T00:00:00+01:00\n${lead}`)
    .replace('Mittlerweile ist Bahtiyar Duysak wieder', `${inline}Mittlerweile ist Bahtiyar Duysak wieder`);
  writeFileSync(file, text);
  return content;
}

export interface PictureSite {
  /** The content the site was built from (with content/bilder/). */
  content: string;
  dist: string;
  /** Where nginx serves it. */
  baseURL: string;
  /** Where Cloudflare's runtime serves it, when asked for (`serveFixtureSite(…, { cloudflare: true })`). */
  cloudflareURL: string | undefined;
  stop(): void;
}

/** Builds the site from a copy of content/ with test pictures and serves it with nginx. */
export function servePictureSite(): Promise<PictureSite> {
  return serveFixtureSite('pictures', contentWithPictures);
}

type Engine = 'nginx' | 'cloudflare';

/** Serves `dist` with scripts/host.ts on a free port; resolves once its front page answers. */
async function startHost(engine: Engine, dist: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  // A process group of its own, so that nginx or wrangler behind scripts/host.ts ends with it.
  const server: ChildProcess = spawn(process.execPath, ['scripts/host.ts', engine, '--port', String(port), '--dir', dist], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}`;
  // wrangler starts its runtime first: up to a minute, as in playwright.config.ts.
  const deadline = Date.now() + (engine === 'cloudflare' ? 60_000 : 10_000);
  let ready = false;
  while (!ready && Date.now() < deadline && server.exitCode === null) {
    ready = await fetch(`${url}/`).then((response) => response.ok, () => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!ready) {
    stop();
    throw new Error(`${engine} did not serve ${dist} at ${url}/`);
  }
  return { url, stop };
}

/**
 * Builds the site from the content `makeContent` writes below a temporary folder (a copy of
 * content/ with what a test adds) and serves it with nginx on a free port, and with Cloudflare's
 * runtime too when `cloudflare` is set.
 */
export async function serveFixtureSite(name: string, makeContent: (root: string) => Promise<string>, { cloudflare = false } = {}): Promise<PictureSite> {
  const root = mkdtempSync(join(tmpdir(), `netzchronik-${name}-`));
  // nginx's workers run as another user when the tests run as root: they must be able to read it.
  chmodSync(root, 0o755);
  const content = await makeContent(root);
  const dist = join(root, 'dist');
  const result = await build({ content, outDir: dist, cacheDir: join(root, 'cache') });
  if (result.status !== 0) throw new Error(`The build with ${name} failed:\n${result.output}`);
  const hosts: { url: string; stop: () => void }[] = [];
  const stop = () => {
    for (const host of hosts) host.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    hosts.push(await startHost('nginx', dist));
    if (cloudflare) hosts.push(await startHost('cloudflare', dist));
  } catch (error) {
    stop();
    throw error;
  }
  return { content, dist, baseURL: hosts[0]?.url ?? '', cloudflareURL: hosts[1]?.url, stop };
}

/** A built site served by nginx (scripts/host.ts) on a free port, until `stop`. */
export async function serveWithNginx(dist: string): Promise<{ baseURL: string; stop(): void }> {
  const { url, stop } = await startHost('nginx', dist);
  return { baseURL: url, stop };
}
