/**
 * Compiled MDX bodies, kept between builds, so a correction does not compile every body again
 * (docs/decisions/2026-11-26-body-cache-compiler-version.md). A body is reused only when its text,
 * its sources, the compiler and every answer its context gave are the same again; the context is
 * asked again on reuse. Only bodies without problems are kept.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonData } from '../read/frontmatter-cache.ts';
import { compileBody, timelinesIn, type BodyContext, type BodyPart, type CompiledBody } from './compile.ts';
import { ShardedMemo } from '../../util/sharded-memo.ts';

/** The context's questions, each asked with its arguments and answered the same way for the same content. */
const QUESTIONS = ['sourceExists', 'timelineExists', 'pictureProblem', 'hourGraphicProblem', 'pieceLink', 'postOf'] as const;
type Question = (typeof QUESTIONS)[number];
type FunctionKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
// A question added to BodyContext but not recorded here would let a stale body through: the type errors instead.
const everyQuestionRecorded: Exclude<FunctionKeys<BodyContext>, Question> extends never ? true : never = true;
void everyQuestionRecorded;

/** One question the compiler asked, and its answer as JSON. */
interface Asked {
  question: Question;
  args: unknown[];
  answer: string;
}

interface StoredBody {
  asked: Asked[];
  /**
   * The parts as JSON text in UTF-8, a view of the shard file's bytes: most builds decode and read
   * them only for the few pages they render, and bytes outside the JS heap cost its collector nothing.
   */
  parts: Buffer;
  /** A digest of `parts`: what the collections' store digests instead of the whole text. */
  digest: string;
  /** The ids of the timelines the body shows (every piece page's cache key needs them). */
  timelines: string[];
}

/**
 * A shard's file: this header as one line of JSON, then the entries' parts texts one after the
 * other, each as many bytes as its header says. The parts are most of the file and are kept as
 * they are, not parsed as a JSON string, and most builds render only a few of them.
 */
interface ShardHeader {
  /** Decides what the same text compiles to: the code of src/ and the locked packages. */
  compiler: string;
  entries: Record<string, Omit<StoredBody, 'parts'> & { length: number }>;
}

/** The entries of a shard file, or none if it is not this compiler's or not whole. */
function readShard(bytes: Buffer, compiler: string): Map<string, StoredBody> {
  const end = bytes.indexOf(LINE_BREAK);
  if (end < 0) return new Map();
  const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<ShardHeader> | null;
  if (header?.compiler !== compiler || typeof header.entries !== 'object' || header.entries === null) return new Map();
  const entries = new Map<string, StoredBody>();
  let offset = end + 1;
  for (const [key, { asked, digest, timelines, length }] of Object.entries(header.entries)) {
    if (typeof digest !== 'string') return new Map();
    entries.set(key, { asked, digest, timelines, parts: bytes.subarray(offset, offset + length) });
    offset += length;
  }
  return offset === bytes.length ? entries : new Map();
}

const LINE_BREAK = 0x0a;

/** A shard file (readShard's inverse); JSON puts no line break into the header. */
function shardBytes(compiler: string, entries: ReadonlyMap<string, StoredBody>): Buffer {
  const header: ShardHeader = { compiler, entries: {} };
  for (const [key, { asked, digest, timelines, parts }] of entries) header.entries[key] = { asked, digest, timelines, length: parts.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...[...entries.values()].map(({ parts }) => parts)]);
}

/** Not JSON as a whole (readShard); the files of the earlier JSON format are removed unread. */
const SHARD_EXTENSION = 'bodies';

const answerOf = (answer: unknown): string => JSON.stringify(answer) ?? 'undefined';

/** What this cache knows of the bodies it handed out without reading their parts. */
const factsOfBody = new WeakMap<CompiledBody, Pick<StoredBody, 'parts' | 'digest' | 'timelines'>>();

const partsDigest = (partsJson: string): string => createHash('sha256').update(partsJson).digest('base64url');

/** A digest of the parts of `body` (what the collections' store digests: an entry changes with its body). */
export function bodyPartsDigest(body: CompiledBody): string {
  return factsOfBody.get(body)?.digest ?? partsDigest(JSON.stringify(body.parts));
}

/** The ids of the timelines `body` shows. */
export function bodyTimelines(body: CompiledBody): string[] {
  return factsOfBody.get(body)?.timelines ?? timelinesIn(body.parts);
}

/**
 * A kept body whose parts are read from their JSON text each time they are asked for: a build
 * asks once or twice per body (its page, a feed), and parts kept as objects for the whole build
 * would cost memory in proportion to the archive.
 */
function keptBody({ parts, digest, timelines }: StoredBody): CompiledBody {
  // Only what pages ask for: the questions and answers stay with the cache, which a build drops once saved.
  const facts = { parts, digest, timelines };
  const body: CompiledBody = {
    get parts() {
      return JSON.parse(facts.parts.toString('utf8')) as BodyPart[];
    },
    problems: [],
  };
  factsOfBody.set(body, facts);
  return body;
}

/** The context's answer to `question`, as a plain function (each takes strings and answers with data). */
function askerOf(context: BodyContext, question: Question): (...args: unknown[]) => unknown {
  return context[question] as (...args: unknown[]) => unknown;
}

/** A context that writes down every question asked of it, with the answer, into `asked`. */
function recording(context: BodyContext, asked: Asked[]): BodyContext {
  const recorded = { ...context };
  for (const question of QUESTIONS) {
    const ask = askerOf(context, question);
    Object.assign(recorded, {
      [question]: (...args: unknown[]) => {
        const answer = ask(...args);
        asked.push({ question, args, answer: answerOf(answer) });
        return answer;
      },
    });
  }
  return recorded;
}

/** Whether `context` answers every question as it did when the body was compiled. */
function answersAlike(context: BodyContext, asked: readonly Asked[]): boolean {
  return asked.every(({ question, args, answer }) => answerOf(askerOf(context, question)(...args)) === answer);
}

/** Compiles bodies, reusing those compiled by an earlier build; `save()` keeps the bodies this run used. */
export class BodyCache {
  readonly #memo: ShardedMemo<StoredBody>;

  private constructor(memo: ShardedMemo<StoredBody>) {
    this.#memo = memo;
  }

  /** Loads the bodies kept in `dir`; a missing, unreadable or foreign file keeps nothing. */
  static load(dir: string, compiler: string): BodyCache {
    return new BodyCache(ShardedMemo.load(dir, { extension: SHARD_EXTENSION, read: (bytes) => readShard(bytes, compiler), write: (entries) => shardBytes(compiler, entries) }));
  }

  static #key(text: string, context: BodyContext): string {
    // The text's length first, then the text as it is: unambiguous (a body is decoded from UTF-8,
    // so it holds no lone surrogate and its bytes stand for it one to one), and without escaping
    // every body into a JSON string only to hash it.
    return createHash('sha256').update(`${text.length}\0`).update(text).update(JSON.stringify([context.startLine, context.sources])).digest('base64url');
  }

  /** Like compileBody(), with the compiled body of an earlier build where it still holds. */
  compile(text: string, context: BodyContext): CompiledBody {
    const key = BodyCache.#key(text, context);
    const kept = this.#memo.lookup(key);
    if (kept && answersAlike(context, kept.asked)) {
      this.#memo.keep(key, kept);
      return keptBody(kept);
    }
    const asked: Asked[] = [];
    const body = compileBody(text, recording(context, asked));
    if (body.problems.length === 0 && isJsonData(body.parts) && isJsonData(asked)) {
      const parts = JSON.stringify(body.parts);
      const stored = { asked, parts: Buffer.from(parts), digest: partsDigest(parts), timelines: timelinesIn(body.parts) };
      this.#memo.keep(key, stored);
      // The compiled parts' strings are slices of the editor's whole file, which they would keep
      // in memory for the whole build; their JSON text holds only what pages show.
      return keptBody(stored);
    }
    return body;
  }

  /** Writes the shards that changed or lost entries (each whole: a parallel build never reads half a file). */
  save(): void {
    this.#memo.save();
  }
}

/**
 * The compiler's version: every file of src/ and the locked packages; any change compiles every
 * body again (why all of src/: docs/decisions/2026-11-26-body-cache-compiler-version.md).
 */
export function compilerVersion(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [join(root, 'package-lock.json'), ...files]) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('base64url');
}
