import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPictureHeader } from '../../src/checks/read/picture-header.ts';
import { cropSize, focusPosition, pictureWidths, PICTURE_WIDTHS } from '../../src/pictures/sizes.ts';
import { pieceData } from '../../src/outputs/metadata/structured-data.ts';
import { toPiece } from '../../src/newsroom/pieces.ts';
import { articleData } from '../support/piece-data.ts';
import { altProblem, pictureSchema, pictureNameSchema, pictureSrcProblem } from '../../src/schemas/picture.ts';

const made = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#567' } });

describe('readPictureHeader', () => {
  it.each([
    ['jpeg', () => made(640, 360).jpeg().toBuffer()],
    ['png', () => made(640, 360).png().toBuffer()],
    ['webp', () => made(640, 360).webp().toBuffer()],
    ['webp', () => made(640, 360).webp({ lossless: true }).toBuffer()],
    ['avif', () => made(640, 360).avif().toBuffer()],
  ] as const)('reads format and size of a %s file from its first bytes', async (format, make) => {
    expect(readPictureHeader(new Uint8Array(await make()))).toEqual({ format, width: 640, height: 360 });
  });

  it('reads a JPEG whose size marker follows an EXIF block', async () => {
    const bytes = await made(1300, 700).withMetadata({ exif: { IFD0: { Copyright: 'Anna Beispiel'.repeat(200) } } }).jpeg().toBuffer();
    expect(readPictureHeader(new Uint8Array(bytes))).toEqual({ format: 'jpeg', width: 1300, height: 700 });
  });

  it.each([
    [1, 1300, 700],
    [3, 1300, 700],
    [6, 700, 1300],
    [8, 700, 1300],
  ])('reads a JPEG with EXIF orientation %i as readers see it: %i × %i', async (orientation, width, height) => {
    const bytes = await made(1300, 700).jpeg().withMetadata({ orientation }).toBuffer();
    expect((await sharp(bytes).metadata()).orientation).toBe(orientation);
    expect(readPictureHeader(new Uint8Array(bytes))).toEqual({ format: 'jpeg', width, height });
    // As Astro's image pipeline and sharp see it.
    expect((await sharp(bytes).metadata()).autoOrient).toEqual({ width, height });
  });

  it.each([
    ['text', new TextEncoder().encode('Das ist kein Bild.')],
    ['an empty file', new Uint8Array()],
    ['a cut-off PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a GIF', new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')],
  ])('finds no picture in %s', (_name, bytes) => {
    expect(readPictureHeader(bytes)).toBeUndefined();
  });
});

describe('picture fields', () => {
  it.each([
    ['https://cdn.example/a.jpg', 'ist eine Adresse auf einer anderen Website'],
    ['//cdn.example/a.jpg', 'ist eine Adresse auf einer anderen Website'],
    ['../bilder/a.jpg', 'darf nur der Dateiname'],
    ['a.gif', 'ist eine .gif-Datei, die die Website nicht veröffentlicht'],
    ['a', 'hat keine Endung'],
    ['Weisses Haus.jpg', 'darf vor der Endung nur Kleinbuchstaben'],
  ])('refuses the src "%s"', (src, message) => {
    expect(pictureSrcProblem(src)).toContain(message);
  });

  it('accepts a file name with a picture extension', () => {
    expect(pictureSrcProblem('weisses-haus-2017.JPG')).toContain('Kleinbuchstaben');
    expect(pictureSrcProblem('weisses-haus-2017.jpg')).toBeUndefined();
    expect(pictureNameSchema.safeParse('bild.avif').success).toBe(true);
  });

  it.each([
    ['', 'ist leer'],
    ['IMG_4711.jpg', 'ist ein Dateiname, keine Beschreibung'],
    ['DSC01234', 'ist ein Dateiname'],
    ['Pressefoto', 'ist nur ein Wort'],
    ['Ein Bild <b>fett</b>', 'enthält ein Tag (<b>): der Alternativtext ist reiner Text, schreiben Sie den Alternativtext ohne Tags'],
  ])('refuses the alt text "%s"', (alt, message) => {
    expect(altProblem(alt)).toContain(message);
  });

  it('accepts a sentence as alt text', () => {
    expect(altProblem('Ein Mann mit Kopfhörern vor zwei Bildschirmen')).toBeUndefined();
  });

  it('wants a credit that names the kind of picture and a focus in percent', () => {
    const schema = pictureSchema(() => pictureNameSchema);
    const picture = { src: 'a.jpg', alt: 'Ein Mann mit Kopfhörern vor zwei Bildschirmen', credit: 'Foto: Anna Beispiel/Agentur' };
    expect(schema.safeParse(picture).success).toBe(true);
    expect(schema.safeParse({ ...picture, credit: 'Anna Beispiel' }).error?.issues[0]?.message).toContain('muss mit der Art des Bildes und einem Doppelpunkt beginnen');
    expect(schema.safeParse({ ...picture, focus: { x: 50, y: 120 } }).error?.issues[0]?.message).toBe('muss zwischen 0 und 100 liegen (Prozent)');
    expect(schema.safeParse({ ...picture, fotograf: 'x' }).success).toBe(false);
  });
});

describe('pictures on pages', () => {
  it('offers only widths the file can fill, at least its own', () => {
    expect(pictureWidths(2400, PICTURE_WIDTHS)).toEqual([390, 640, 800, 1200]);
    expect(pictureWidths(900, PICTURE_WIDTHS)).toEqual([390, 640, 800]);
    expect(pictureWidths(300, PICTURE_WIDTHS)).toEqual([300]);
  });

  it('anchors crops at the side of the focal point that sharp can crop to, or the centre', () => {
    expect(focusPosition({ x: 30, y: 20 })).toBe('left top');
    expect(focusPosition({ x: 80, y: 50 })).toBe('right');
    expect(focusPosition({ x: 50, y: 90 })).toBe('bottom');
    expect(focusPosition({ x: 50, y: 50 })).toBe('center');
    expect(focusPosition(undefined)).toBe('center');
  });

  it('crops 16:9, 4:3 and 1:1 as large as the picture allows, never enlarged', () => {
    const photo = { width: 2400, height: 1000 };
    expect([16 / 9, 4 / 3, 1].map((ratio) => cropSize(photo, ratio, 1200))).toEqual([{ width: 1200, height: 675 }, { width: 1200, height: 900 }, { width: 1000, height: 1000 }]);
  });

  it('gives JSON-LD the crops of a lead image, or else the social card', () => {
    const piece = toPiece('article', 'x', articleData({ title: 'Titel', standfirst: 'Vorspann' }));
    const crops = [{ path: '/_astro/a_169.jpg', width: 1200, height: 675, type: 'image/jpeg' }, { path: '/_astro/a_11.jpg', width: 1200, height: 1200, type: 'image/jpeg' }];
    expect(pieceData(piece, crops).image).toEqual([
      { '@type': 'ImageObject', url: 'https://netzchronik.example/_astro/a_169.jpg', width: '1200', height: '675' },
      { '@type': 'ImageObject', url: 'https://netzchronik.example/_astro/a_11.jpg', width: '1200', height: '1200' },
    ]);
    expect(pieceData(piece).image).toMatchObject({ '@type': 'ImageObject', width: '1200', height: '630' });
  });
});
