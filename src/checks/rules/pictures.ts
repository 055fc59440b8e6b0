/**
 * Pictures in content/bilder/ that pieces show, as lead image or <Bild>: the file exists, is a
 * picture of the format its extension promises, and is wide enough for where it is shown. A
 * picture is opened only when a piece shows it; one that no piece shows is a warning.
 */
import { MIN_INLINE_WIDTH, MIN_LEAD_WIDTH, PICTURE_FOLDER } from '../../schemas/image.ts';
import type { CheckContext, PieceEntry } from '../context.ts';
import type { EditorFile } from '../read/editor-file.ts';
import { formatOfExtension } from '../read/picture-header.ts';

/** Why `owner` cannot show the picture `name` where `use` says, if it cannot; an accepted picture is recorded as shown. */
export function pictureProblem({ pictures }: CheckContext, name: string, use: 'lead' | 'inline', owner: EditorFile): string | undefined {
  pictures.named.add(name);
  const picture = pictures.files.get(name);
  if (!picture) return `names the picture "${name}", but there is no content/${PICTURE_FOLDER}/${name}: save the picture there under this name`;
  const inspected = picture.inspect();
  if ('problem' in inspected) return `content/${PICTURE_FOLDER}/${name} ${inspected.problem}`;
  const { header, digest } = inspected;
  const promised = formatOfExtension(name.slice(name.lastIndexOf('.')));
  if (promised !== header.format) {
    return `content/${PICTURE_FOLDER}/${name} is a ${header.format.toUpperCase()} picture with the extension of a ${promised?.toUpperCase() ?? 'different'} one: rename it to ${name.slice(0, name.lastIndexOf('.'))}.${header.format === 'jpeg' ? 'jpg' : header.format}`;
  }
  const minimum = use === 'lead' ? MIN_LEAD_WIDTH : MIN_INLINE_WIDTH;
  if (header.width < minimum) {
    const why = use === 'lead' ? 'a lead image must be at least 1200 px wide, the width of the social card' : `a picture in the text must be at least ${MIN_INLINE_WIDTH} px wide, the width of the column`;
    return `content/${PICTURE_FOLDER}/${name} is ${header.width} × ${header.height} px; ${why}: use a larger version`;
  }
  pictures.digestsOf.set(owner, [...(pictures.digestsOf.get(owner) ?? []), digest]);
  pictures.accepted.set(name, { name, file: picture.file, digest });
  return undefined;
}

/** A piece's lead image is a picture it can show at the width of the social card. */
export function checkLeadImage(context: CheckContext, { file, data }: PieceEntry): void {
  if (!data.image) return;
  const problem = pictureProblem(context, data.image.src, 'lead', file);
  if (problem) context.report(file, ['image', 'src'], problem);
}

/** Warns about every picture in content/bilder/ that no piece names (run after every piece and body). */
export function warnUnshownPictures({ pictures, problems }: CheckContext): void {
  for (const [name, picture] of pictures.files) {
    if (!pictures.named.has(name)) problems.push({ severity: 'warning', file: picture.file, field: 'file', message: 'is not shown by any piece; delete it or use it' });
  }
}
