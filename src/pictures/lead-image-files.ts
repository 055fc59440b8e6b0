/**
 * Files made from a piece's lead image for other readers than the page: the crops search
 * engines take from JSON-LD (16:9, 4:3, 1:1 around the focal point) and the feeds' picture.
 * Astro's image pipeline (sharp) writes them to /_astro/ like every other picture.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Focus } from '../schemas/picture.ts';
import { cropSize, FEED_WIDTH, focusPosition, type SizedPicture } from './sizes.ts';

interface LeadImage {
  src: ImageMetadata;
  focus?: Focus | undefined;
}

/** The aspect ratios of JSON-LD's image list, as Google asks for them. */
const RATIOS = [16 / 9, 4 / 3, 1] as const;

/** The three crops of a lead image, each as large as the picture allows (at most 1200 px wide). */
export async function leadImageCrops({ src, focus }: LeadImage): Promise<SizedPicture[]> {
  return Promise.all(
    RATIOS.map(async (ratio) => {
      const { width, height } = cropSize(src, ratio, 1200);
      const image = await getImage({ src, width, height, fit: 'cover', position: focusPosition(focus), format: 'jpg', quality: 75 });
      return { path: image.src, width, height, type: 'image/jpeg' };
    }),
  );
}

/** The picture feeds carry for a piece: its lead image, a column wide, as JPEG. */
export async function feedImage({ src }: LeadImage): Promise<SizedPicture> {
  const width = Math.min(FEED_WIDTH, src.width);
  const height = Math.round((src.height / src.width) * width);
  const image = await getImage({ src, width, height, format: 'jpg', quality: 75 });
  return { path: image.src, width, height, type: 'image/jpeg' };
}
