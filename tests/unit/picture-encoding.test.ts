import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENCODERS_FILE, keepPictureCacheFor, PICTURE_ENCODERS, pictureEncoding } from '../../src/pictures/encoding.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A cache folder whose assets/ holds one encoded picture. */
function cacheWithPicture(): { cacheDir: string; picture: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'picture-encoding-'));
  folders.push(cacheDir);
  mkdirSync(join(cacheDir, 'assets'));
  const picture = join(cacheDir, 'assets', 'testfoto_Z1a2b3.avif');
  writeFileSync(picture, 'encoded');
  return { cacheDir, picture };
}

describe('keepPictureCacheFor', () => {
  it('empties a cache that names no encoder options (made before they were recorded) and records them', () => {
    const { cacheDir, picture } = cacheWithPicture();
    expect(keepPictureCacheFor(cacheDir, PICTURE_ENCODERS)).toBe(true);
    expect(existsSync(picture)).toBe(false);
    expect(JSON.parse(readFileSync(join(cacheDir, ENCODERS_FILE), 'utf8'))).toEqual(PICTURE_ENCODERS);
  });

  it('keeps the files encoded with the same options and empties the cache when they change', () => {
    const { cacheDir, picture } = cacheWithPicture();
    writeFileSync(join(cacheDir, ENCODERS_FILE), JSON.stringify(PICTURE_ENCODERS));
    expect(keepPictureCacheFor(cacheDir, PICTURE_ENCODERS)).toBe(false);
    expect(readFileSync(picture, 'utf8')).toBe('encoded');
    expect(keepPictureCacheFor(cacheDir, { avif: { effort: 4 } })).toBe(true);
    expect(existsSync(picture)).toBe(false);
  });

  it('records the options for a cache folder that does not exist yet', () => {
    const parent = mkdtempSync(join(tmpdir(), 'picture-encoding-'));
    folders.push(parent);
    const cacheDir = join(parent, 'cache');
    expect(keepPictureCacheFor(cacheDir, PICTURE_ENCODERS)).toBe(true);
    expect(readFileSync(join(cacheDir, ENCODERS_FILE), 'utf8')).toBe(JSON.stringify(PICTURE_ENCODERS));
  });
});

describe('pictureEncoding', () => {
  it("sets Astro's sharp service with the options", () => {
    const updates: unknown[] = [];
    const setup = pictureEncoding().hooks['astro:config:setup'];
    // Only updateConfig is used by the hook.
    void setup?.({ updateConfig: (config: unknown) => updates.push(config) } as unknown as Parameters<NonNullable<typeof setup>>[0]);
    expect(updates).toEqual([{ image: { service: { entrypoint: 'astro/assets/services/sharp', config: PICTURE_ENCODERS } } }]);
  });
});
