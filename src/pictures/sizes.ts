/** Pure rules for pictures on pages: which widths a picture is offered in, and its crops. */
import type { Focus } from '../schemas/picture.ts';

/** The widths of srcset candidates: a 390 px phone at 1x, phones at 2x, the column at 1x and 2x. */
export const PICTURE_WIDTHS = [390, 640, 800, 1200] as const;

/**
 * What phones (narrower than the column) are offered: at most 800 px, about twice a phone's
 * width, not the 1200 px file a dense screen would otherwise take
 * (docs/decisions/2026-11-26-phone-pictures-capped-at-800px.md).
 */
export const PHONE_MAX_WIDTH = 800;
/** Where phones end: below the width at which the column stops growing (48rem, Tailwind's md). */
export const PHONE_MEDIA = '(max-width: 47.99rem)';

/** Width of a picture in a feed entry: feed readers show one file, about a column wide. */
export const FEED_WIDTH = 800;

/** The candidate widths a picture `width` px wide can fill without upscaling (at least its own width). */
export function pictureWidths(width: number, candidates: readonly number[]): number[] {
  const fitting = candidates.filter((candidate) => candidate <= width);
  return fitting.length > 0 ? fitting : [width];
}

/**
 * Where crops are anchored for a focal point: the nearest of sharp's nine positions ("left
 * top", "center", …), which CSS's object-position reads too. Sharp crops by gravity, not by
 * percentages; thirds of the picture decide the side.
 */
export function focusPosition(focus: Focus | undefined): string {
  if (!focus) return 'center';
  const side = (value: number, low: string, high: string) => (value < 100 / 3 ? low : value > 200 / 3 ? high : '');
  const position = [side(focus.x, 'left', 'right'), side(focus.y, 'top', 'bottom')].filter(Boolean).join(' ');
  return position || 'center';
}

/** A file made from a picture: its site path (with the base), size and media type. */
export interface SizedPicture {
  path: string;
  width: number;
  height: number;
  type: string;
}

/** The largest crop of `ratio` (width / height) a picture allows, at most `maxWidth` wide, never enlarged. */
export function cropSize(picture: { width: number; height: number }, ratio: number, maxWidth: number): { width: number; height: number } {
  const width = Math.floor(Math.min(maxWidth, picture.width, picture.height * ratio));
  return { width, height: Math.round(width / ratio) };
}

/**
 * The largest region of `ratio` (width / height) in a picture, placed so the focal point is as
 * near its centre as the picture's edges allow (the centre of the picture without one). Whole
 * pixels, for sharp's extract.
 */
export function focusCrop(picture: { width: number; height: number }, ratio: number, focus: Focus | undefined): { left: number; top: number; width: number; height: number } {
  const width = Math.min(picture.width, Math.round(picture.height * ratio));
  const height = Math.min(picture.height, Math.round(width / ratio));
  const place = (size: number, crop: number, percent: number) => Math.min(size - crop, Math.max(0, Math.round((percent / 100) * size - crop / 2)));
  return { left: place(picture.width, width, focus?.x ?? 50), top: place(picture.height, height, focus?.y ?? 50), width, height };
}
