/**
 * The child process of picture-data.ts: decodes each picture file named on stdin (a JSON list of
 * paths) with sharp and answers on stdout, one line each, "ok" or "broken", after a line "ready"
 * once sharp is loaded. A picture that crashes the decoder ends the process: the lines before it
 * tell which one it was.
 */
import { text } from 'node:stream/consumers';
import sharp from 'sharp';
import { DECODE_OPTIONS } from './picture-data.ts';

const paths = JSON.parse(await text(process.stdin)) as string[];
process.stdout.write('ready\n');
// One at a time: a photo decodes to tens of megabytes, and libvips uses every core for each.
for (const path of paths) {
  const decodes = await sharp(path, DECODE_OPTIONS)
    .raw()
    .toBuffer()
    .then(() => true, () => false);
  process.stdout.write(decodes ? 'ok\n' : 'broken\n');
}
