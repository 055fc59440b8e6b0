/**
 * Pictures in content/bilder/ that pieces show, as lead image or <Bild>, and authors' portraits: the file exists, is a
 * picture of the format its extension promises, is wide enough for where it is shown, and its
 * data decodes. A picture is opened only when a piece shows it; one that no piece shows is a warning.
 */
import { MIN_INLINE_WIDTH, MIN_LEAD_WIDTH } from '../../schemas/picture.ts';
import type { CheckContext, PieceEntry } from '../context.ts';
import { pictureDataMessages, pictureMessages } from '../messages.ts';
import type { EditorFile } from '../read/editor-file.ts';
import { formatOfExtension } from '../read/picture-header.ts';
import type { PictureDecoding } from '../read/picture-data.ts';

/** Where a picture is shown: as a lead image, in a body, or elsewhere with its own least width and why (an author's portrait). */
export type PictureUse = 'lead' | 'inline' | { minimum: number; why: string };

/** Why `owner` cannot show the picture `name` where `use` says, if it cannot; an accepted picture is recorded as shown. */
export function pictureProblem({ pictures }: CheckContext, name: string, use: PictureUse, owner: EditorFile): string | undefined {
  pictures.named.add(name);
  const picture = pictures.files.get(name);
  if (!picture) return pictureMessages.missing(name);
  const inspected = picture.inspect();
  if ('problem' in inspected) return pictureMessages.unusable(name, inspected.problem);
  const { header, digest, bytes } = inspected;
  const promised = formatOfExtension(name.slice(name.lastIndexOf('.')));
  if (promised !== header.format) {
    const renamed = `${name.slice(0, name.lastIndexOf('.'))}.${header.format === 'jpeg' ? 'jpg' : header.format}`;
    return pictureMessages.wrongExtension(name, header.format.toUpperCase(), promised?.toUpperCase(), renamed);
  }
  const { minimum, why } =
    use === 'lead' ? { minimum: MIN_LEAD_WIDTH, why: pictureMessages.leadMinimum(MIN_LEAD_WIDTH) }
    : use === 'inline' ? { minimum: MIN_INLINE_WIDTH, why: pictureMessages.inlineMinimum(MIN_INLINE_WIDTH) }
    : use;
  if (header.width < minimum) return pictureMessages.tooNarrow(name, header.width, header.height, why);
  const shown = pictures.digestsOf.get(owner);
  if (shown) shown.push(digest);
  else pictures.digestsOf.set(owner, [digest]);
  pictures.accepted.set(name, { name, file: picture.file, digest, bytes });
  return undefined;
}

/** A piece's lead image is a picture it can show at the width of the social card. */
export function checkLeadImage(context: CheckContext, { file, data }: PieceEntry): void {
  if (!data.image) return;
  const problem = pictureProblem(context, data.image.src, 'lead', file);
  if (problem) context.report(file, ['image', 'src'], problem);
}

/** Warns about every picture in content/bilder/ that no piece names (run after every piece and body). */
export function warnUnshownPictures({ pictures, problems, failed }: CheckContext): void {
  // A piece or author that could not be read may show any picture: the warning waits until it can.
  if (failed.articles.length + failed.explainers.length + failed.authors.length > 0) return;
  for (const [name, picture] of pictures.files) {
    if (!pictures.named.has(name)) problems.push({ severity: 'warning', file: picture.file, field: 'file', message: pictureMessages.unshown });
  }
}

/**
 * Every picture accepted so far decodes (run after every piece and body): one whose header reads
 * but whose data is broken is reported at its own file, whoever shows it, and is not published.
 */
export function checkPictureData({ pictures, problems }: CheckContext, data: PictureDecoding): void {
  for (const picture of data.broken([...pictures.accepted.values()])) {
    problems.push({ severity: 'error', file: picture.file, line: 1, field: 'file', message: pictureDataMessages.broken });
    pictures.accepted.delete(picture.name);
  }
}
