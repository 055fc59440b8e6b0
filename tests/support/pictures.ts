/**
 * Test pictures and a site built with them. There are no licensed photos in the repository, so
 * tests make their own: blurred noise, which compresses about as badly as a real photograph.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** A photo-like JPEG of the given size. */
export function testPhoto(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 120, sigma: 60 } } })
    .blur(8)
    .modulate({ saturation: 1.4 })
    .jpeg({ quality: 88 })
    .toBuffer();
}

export const PICTURE_ARTICLE = 'articles/dieser-mann-nahm-donald-trump-vom-netz.mdx';
export const LEAD = { src: 'testfoto-quer.jpg', alt: 'Ein unscharfes, farbiges Rauschen, das ein Foto vertritt', caption: 'Ein Testbild, das der Test selbst erzeugt hat.', credit: 'Foto: Testbild/Netzchronik', license: 'CC0' };
export const INLINE = { src: 'testfoto-hoch.jpg', alt: 'Ein zweites Rauschen im Hochformat', caption: 'Ein zweites Testbild im Text.', credit: 'Foto: Testbild/Netzchronik' };

/** A copy of content/ in which the article has a lead image and a <Bild> in its body. */
export async function contentWithPictures(root: string): Promise<string> {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'bilder'));
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhoto(1600, 900));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhoto(800, 1100));
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
  dist: string;
  baseURL: string;
  stop(): void;
}

/** Builds the site from a copy of content/ with test pictures and serves it with nginx on `port`. */
export async function servePictureSite(port: number): Promise<PictureSite> {
  const root = mkdtempSync(join(tmpdir(), 'netzchronik-pictures-'));
  // nginx's workers run as another user when the tests run as root: they must be able to read it.
  chmodSync(root, 0o755);
  const content = await contentWithPictures(root);
  const dist = join(root, 'dist');
  // Asynchronous, so that the test's timeout can still stop a build that hangs.
  const build = spawn('npm', ['run', 'build'], {
    env: { ...process.env, NEWS_CONTENT_DIR: content, NEWS_OUT_DIR: dist, NEWS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (status !== 0) throw new Error(`The build with pictures failed:\n${output}`);
  const server: ChildProcess = spawn(process.execPath, ['scripts/host.ts', 'nginx', '--port', String(port), '--dir', dist], { stdio: 'ignore' });
  const baseURL = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let attempt = 0; attempt < 100 && !ready; attempt += 1) {
    ready = await fetch(`${baseURL}/`).then((response) => response.ok, () => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!ready) {
    server.kill('SIGTERM');
    throw new Error(`nginx did not serve ${dist} at ${baseURL}/`);
  }
  return {
    dist,
    baseURL,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(root, { recursive: true, force: true });
    },
  };
}
