/**
 * Parsed YAML of content files, kept between builds by the text it was parsed from
 * (docs/decisions/2026-11-26-frontmatter-cache.md). Only text that parsed without any problem is
 * kept, so a file with a problem is always parsed, and reported, in full; the positions of a kept
 * file are parsed again only if a later check reports one of its fields.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../util/partial-files.ts';

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

interface CacheFile {
  /** Decides what the same text parses to: the parser's version and options. */
  parser: string;
  entries: Record<string, string>;
}

/** A memo stored in one JSON file; `save()` keeps only the entries this run used. */
export class FrontmatterCache implements FrontmatterMemo {
  readonly #file: string;
  readonly #parser: string;
  readonly #stored: Map<string, string>;
  readonly #used = new Map<string, string>();

  private constructor(file: string, parser: string, stored: Map<string, string>) {
    this.#file = file;
    this.#parser = parser;
    this.#stored = stored;
  }

  /** Loads the memo from `file`; a missing, unreadable or foreign file is an empty memo. */
  static load(file: string, parser: string): FrontmatterCache {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      const entries = parsed.parser === parser && typeof parsed.entries === 'object' && parsed.entries !== null ? Object.entries(parsed.entries) : [];
      return new FrontmatterCache(file, parser, new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
    } catch {
      return new FrontmatterCache(file, parser, new Map());
    }
  }

  static #key(yaml: string): string {
    return createHash('sha256').update(yaml).digest('base64url');
  }

  get(yaml: string): unknown {
    const key = FrontmatterCache.#key(yaml);
    const json = this.#stored.get(key) ?? this.#used.get(key);
    if (json === undefined) return undefined;
    this.#used.set(key, json);
    return JSON.parse(json) as unknown;
  }

  set(yaml: string, data: unknown): void {
    if (isJsonData(data)) this.#used.set(FrontmatterCache.#key(yaml), JSON.stringify(data));
  }

  /**
   * Writes the entries used since loading (atomically: a parallel build never reads half a file),
   * unless they are exactly the stored ones: then the file already says the same.
   */
  save(): void {
    if (this.#used.size === this.#stored.size && [...this.#used.keys()].every((key) => this.#stored.has(key))) return;
    const content: CacheFile = { parser: this.#parser, entries: Object.fromEntries(this.#used) };
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileAtomic(this.#file, JSON.stringify(content));
  }
}
