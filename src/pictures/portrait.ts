/**
 * An author's portrait as a file of its own, for readers other than the author page: the square
 * crop JSON-LD names as the Person's image. Astro's image pipeline writes it to /_astro/.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Focus } from '../schemas/picture.ts';
import { cropSize, focusPosition, type SizedPicture } from './sizes.ts';

/** Width of the portrait's square crop in JSON-LD (MIN_PORTRAIT_WIDTH guarantees the picture has it). */
const PORTRAIT_FILE_WIDTH = 400;

export async function portraitFile({ src, focus }: { src: ImageMetadata; focus?: Focus | undefined }): Promise<SizedPicture> {
  const { width, height } = cropSize(src, 1, PORTRAIT_FILE_WIDTH);
  const image = await getImage({ src, width, height, fit: 'cover', position: focusPosition(focus), format: 'jpg', quality: 75 });
  return { path: image.src, width, height, type: 'image/jpeg' };
}
