/**
 * A build cache's memo, kept between builds in a folder of shard files by key, so a build that
 * changes a few entries rewrites a few files, not one file that grows with the archive. `save()`
 * keeps exactly the entries this run used: an entry no build asked for goes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isPartial, writeFileAtomic } from './partial-files.ts';

/** How a shard file is written and read. */
export interface ShardFormat<Value> {
  /** The shard files' extension, letters only; a file of another name in the folder is removed. */
  extension: string;
  /** The entries of a file; none if the file is of another version or not whole. */
  read(bytes: Buffer): Map<string, Value>;
  write(entries: ReadonlyMap<string, Value>): string | Uint8Array;
}

/** Entries are spread over this many files by the first character of their key. */
const SHARDS = 64;
/** Keys are base64url, as a digest gives them. */
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const shardOf = (key: string): number => BASE64URL.indexOf(key[0] ?? 'A') % SHARDS;

export class ShardedMemo<Value> {
  readonly #dir: string;
  readonly #format: ShardFormat<Value>;
  readonly #stored: Map<string, Value>[];
  readonly #used: Map<string, Value>[];
  /** Shards with an entry that differs from their file's. */
  readonly #changed = new Set<number>();

  private constructor(dir: string, format: ShardFormat<Value>, stored: Map<string, Value>[]) {
    this.#dir = dir;
    this.#format = format;
    this.#stored = stored;
    this.#used = stored.map(() => new Map());
  }

  /** Loads the memo kept in `dir`; a missing, unreadable or foreign shard file holds nothing. */
  static load<Value>(dir: string, format: ShardFormat<Value>): ShardedMemo<Value> {
    const stored = Array.from({ length: SHARDS }, (_, shard) => {
      try {
        return format.read(readFileSync(join(dir, `${shard}.${format.extension}`)));
      } catch {
        return new Map<string, Value>();
      }
    });
    return new ShardedMemo(dir, format, stored);
  }

  /** The entry of `key`, kept in this run or else from the folder; looking it up does not keep it. */
  lookup(key: string): Value | undefined {
    const shard = shardOf(key);
    // This run's first: a value kept anew for a key replaces the folder's.
    return this.#used[shard]?.get(key) ?? this.#stored[shard]?.get(key);
  }

  /** Keeps `value` as the entry of `key` for the next build. */
  keep(key: string, value: Value): void {
    const shard = shardOf(key);
    this.#used[shard]?.set(key, value);
    if (this.#stored[shard]?.get(key) !== value) this.#changed.add(shard);
  }

  /** Writes the shards whose entries changed or were not all used, each whole; files of another name go. */
  save(): void {
    mkdirSync(this.#dir, { recursive: true });
    const shardFile = new RegExp(`^\\d+\\.${this.#format.extension}$`);
    // Another build's partial file may be in use; it leaves no partial file once it is done.
    for (const name of readdirSync(this.#dir)) if (!shardFile.test(name) && !isPartial(name)) rmSync(join(this.#dir, name), { recursive: true, force: true });
    this.#used.forEach((used, shard) => {
      if (!this.#changed.has(shard) && used.size === this.#stored[shard]?.size) return;
      writeFileAtomic(join(this.#dir, `${shard}.${this.#format.extension}`), this.#format.write(used));
    });
  }
}
