/**
 * What a picture file is, read from its first bytes: format, width and height. The content
 * checks run at every build for every piece, so they read headers synchronously instead of
 * decoding pictures; Astro's image pipeline (sharp) decodes them once, when pages are built.
 */

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** A picture's format and its size as readers see it: upright, after the EXIF orientation of a JPEG. */
export interface PictureHeader {
  format: PictureFormat;
  width: number;
  height: number;
}

/** How many bytes of a file are read: JPEG's size marker follows the EXIF block, which is at most 64 KB. */
export const HEADER_BYTES = 256 * 1024;

/** The format and size of a picture from its first bytes, or undefined when they are no picture this site takes. */
export function readPictureHeader(bytes: Uint8Array): PictureHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
  try {
    if (bytes.length >= 24 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') {
      return sized('png', view.getUint32(16), view.getUint32(20));
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(view);
    if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return webp(view, ascii(12, 4));
    if (ascii(4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 4))) return avif(bytes, view);
  } catch {
    // A header cut short (DataView reads past the end): not a picture.
  }
  return undefined;
}

function sized(format: PictureFormat, width: number, height: number): PictureHeader | undefined {
  return width > 0 && height > 0 ? { format, width, height } : undefined;
}

/**
 * JPEG: walk the markers to the first start-of-frame (SOF0–SOF15 without DHT, JPG, DAC). A
 * camera stores a photo taken upright as landscape and says so in EXIF (orientation 5–8: turned
 * a quarter): then the size readers see is the other way round, as sharp and Astro show it.
 */
function jpeg(view: DataView): PictureHeader | undefined {
  let at = 2;
  let turned = false;
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return undefined;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker === 0xe1) turned = (exifOrientation(view, at + 4, length - 2) ?? 1) >= 5;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const [width, height] = [view.getUint16(at + 7), view.getUint16(at + 5)];
      return turned ? sized('jpeg', height, width) : sized('jpeg', width, height);
    }
    at += 2 + length;
  }
  return undefined;
}

/** The orientation tag (0x0112) of an APP1 segment's EXIF block starting at `start`, if it has one. */
function exifOrientation(view: DataView, start: number, length: number): number | undefined {
  const end = Math.min(view.byteLength, start + length);
  // "Exif\0\0", then a TIFF header: byte order ("II" little, "MM" big endian), 42, offset of IFD0.
  if (end - start < 14 || view.getUint32(start) !== 0x45786966 || view.getUint16(start + 4) !== 0) return undefined;
  const tiff = start + 6;
  const little = view.getUint16(tiff) === 0x4949;
  if (!little && view.getUint16(tiff) !== 0x4d4d) return undefined;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return undefined;
  const entries = view.getUint16(ifd, little);
  for (let entry = 0; entry < entries; entry++) {
    const at = ifd + 2 + entry * 12;
    if (at + 12 > end) return undefined;
    if (view.getUint16(at, little) === 0x0112) return view.getUint16(at + 8, little);
  }
  return undefined;
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
function webp(view: DataView, chunk: string): PictureHeader | undefined {
  if (chunk === 'VP8 ') return sized('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    const int24 = (at: number) => view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getUint8(at + 2) << 16);
    return sized('webp', int24(24) + 1, int24(27) + 1);
  }
  return undefined;
}

/** AVIF: the image spatial extents box ("ispe") of the primary image, the first one in the file. */
function avif(bytes: Uint8Array, view: DataView): PictureHeader | undefined {
  for (let at = 8; at + 16 <= bytes.length; at++) {
    if (bytes[at] === 0x69 && bytes[at + 1] === 0x73 && bytes[at + 2] === 0x70 && bytes[at + 3] === 0x65) {
      return sized('avif', view.getUint32(at + 8), view.getUint32(at + 12));
    }
  }
  return undefined;
}

/** The format a file extension promises. */
export function formatOfExtension(extension: string): PictureFormat | undefined {
  const formats: Record<string, PictureFormat> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp', '.avif': 'avif' };
  return formats[extension.toLowerCase()];
}
