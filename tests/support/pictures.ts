/**
 * Test pictures, and the article with them. There are no licensed photos in the repository, so
 * tests draw their own with the benchmark's photos (bench/photos.ts): a scene with grain that
 * compresses about as badly as a camera photo (some 1.3 bits a pixel as JPEG), so that the byte
 * budgets are not met only because the pictures are easy.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { photo } from '../../bench/photos.ts';

/** A photo-like JPEG of the given size: the same size gives the same photo, another size another one. */
export function testPhoto(width: number, height: number): Promise<Buffer> {
  return photo(width * 65_537 + height, width, height);
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

/** Adds to the copy of content/ at `content` a lead image and a <Bild> in the article's body (photos with EXIF, one saved turned). */
export async function addPictures(content: string): Promise<void> {
  mkdirSync(join(content, 'bilder'), { recursive: true });
  writeFileSync(join(content, 'bilder', LEAD.src), await testPhotoWithGps(1600, 900));
  writeFileSync(join(content, 'bilder', INLINE.src), await testPhotoTurned(800, 1100));
  const file = join(content, PICTURE_ARTICLE);
  const lead = ['image:', ...Object.entries(LEAD).map(([key, value]) => `  ${key}: "${value}"`), '  focus: { x: 30, y: 40 }'].join('\n');
  const inline = `<Bild ${Object.entries(INLINE).map(([key, value]) => `${key}="${value}"`).join(' ')} />\n\n`;
  const text = readFileSync(file, 'utf8')
    .replace('published: 2017-11-30T00:00:00+01:00', `published: 2017-11-30T00:00:00+01:00\n${lead}`)
    .replace('Mittlerweile ist Bahtiyar Duysak wieder', `${inline}Mittlerweile ist Bahtiyar Duysak wieder`);
  writeFileSync(file, text);
}

/** A copy of content/ below `root` in which the article has a lead image and a <Bild> in its body; the content folder. */
export async function contentWithPictures(root: string): Promise<string> {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  await addPictures(content);
  return content;
}
