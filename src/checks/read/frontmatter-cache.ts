/**
 * Parsed YAML of content files, kept between builds by the text it was parsed from
 * (docs/decisions/2026-11-26-frontmatter-cache.md). Only text that parsed without any problem is
 * kept, so a file with a problem is always parsed, and reported, in full; the positions of a kept
 * file are parsed again only if a later check reports one of its fields.
 */
import { createHash } from 'node:crypto';
import { ShardedMemo, type ShardFormat } from '../../util/sharded-memo.ts';

/** What the parser reuses: the data of YAML text parsed before without problems. */
export interface FrontmatterMemo {
  /** The data of `yaml` as parsed before, or undefined. */
  get(yaml: string): unknown;
  /** Keeps the data of `yaml`, which parsed without problems. */
  set(yaml: string, data: unknown): void;
}

/** Data that survives JSON unchanged: YAML's core schema also makes Infinity, NaN and -0, which do not. */
export function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, item]) => key !== '__proto__' && isJsonData(item));
}

interface ShardFile {
  /** Decides what the same text parses to: the parser's version and options. */
  parser: string;
  /** The data of each text parsed, as JSON, by the text's digest. */
  entries: Record<string, string>;
}

/** The shard files of a parser: JSON; a file of another parser holds nothing for this one. */
function shardFormat(parser: string): ShardFormat<string> {
  return {
    extension: 'json',
    read(bytes) {
      const parsed = JSON.parse(bytes.toString('utf8')) as Partial<ShardFile> | null;
      const entries = parsed?.parser === parser && typeof parsed.entries === 'object' && parsed.entries !== null ? Object.entries(parsed.entries) : [];
      return new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    },
    write(entries) {
      const content: ShardFile = { parser, entries: Object.fromEntries(entries) };
      return JSON.stringify(content);
    },
  };
}

/** A memo kept in a folder of shard files; `save()` keeps only the entries this run used. */
export class FrontmatterCache implements FrontmatterMemo {
  readonly #memo: ShardedMemo<string>;

  private constructor(memo: ShardedMemo<string>) {
    this.#memo = memo;
  }

  /** Loads the memo kept in `dir`; a missing, unreadable or foreign file holds nothing. */
  static load(dir: string, parser: string): FrontmatterCache {
    return new FrontmatterCache(ShardedMemo.load(dir, shardFormat(parser)));
  }

  static #key(yaml: string): string {
    return createHash('sha256').update(yaml).digest('base64url');
  }

  get(yaml: string): unknown {
    const key = FrontmatterCache.#key(yaml);
    const json = this.#memo.lookup(key);
    if (json === undefined) return undefined;
    this.#memo.keep(key, json);
    return JSON.parse(json) as unknown;
  }

  set(yaml: string, data: unknown): void {
    if (isJsonData(data)) this.#memo.keep(FrontmatterCache.#key(yaml), JSON.stringify(data));
  }

  /** Writes the shards whose entries changed or were not all used (each whole: a parallel build never reads half a file). */
  save(): void {
    this.#memo.save();
  }
}
