/**
 * Reads the history of the content files from git for the version pages, in one pass for the
 * whole site: one `git log --raw` over content/ (which commits changed which file, and the
 * file's blob after each), then those blobs through one `git cat-file --batch` process, never one
 * git call per piece (docs/decisions/2026-11-26-version-history-one-git-pass.md). Files touched
 * by a single commit have one version only and are not read at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { LOG_FORMAT, parseLog, type FileState } from '../newsroom/versions.ts';

export type ContentHistory =
  /** `files`: states of each file with more than one commit, keyed by its path below the content root, oldest first. */
  | { available: true; files: Map<string, FileState[]> }
  /** Why there is no history (in an editor's words, for the one build warning). */
  | { available: false; reason: string };

/** Folders below the content root whose files have versions. */
const VERSIONED = ['articles', 'explainers'];

function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
}

export async function readContentHistory(root: string): Promise<ContentHistory> {
  const probe = git(root, ['rev-parse', '--is-shallow-repository']);
  if (!probe.ok) return { available: false, reason: `${root} is not in a git repository (or git is missing)` };
  if (probe.stdout.trim() === 'true') return { available: false, reason: 'the git clone is shallow (e.g. --depth 1)' };
  // --relative: paths below the content root, whatever the repository around it.
  const log = git(root, ['log', '--no-renames', '--relative', '--raw', '--no-abbrev', `--format=${LOG_FORMAT}`, '--', ...VERSIONED]);
  if (!log.ok) return { available: false, reason: `git log failed: ${log.stderr.trim()}` };
  const changed = [...parseLog(log.stdout)].filter(([, commits]) => commits.length > 1);
  const blobs = changed.flatMap(([, commits]) => commits.flatMap(({ blob }) => (blob === undefined ? [] : [blob])));
  const texts = new Map<string, string | undefined>();
  (await catFiles(root, blobs)).forEach((text, index) => texts.set(blobs[index] ?? '', text));
  const files = new Map<string, FileState[]>(
    changed.map(([file, commits]) => [file, commits.map(({ blob, ...commit }) => ({ ...commit, text: blob === undefined ? undefined : texts.get(blob) }))]),
  );
  return { available: true, files };
}

/** The contents of each object (undefined for a missing one), via one `git cat-file --batch`. */
function catFiles(cwd: string, names: readonly string[]): Promise<(string | undefined)[]> {
  if (names.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const results: (string | undefined)[] = [];
    let buffer: Buffer = Buffer.alloc(0);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      // Each answer: "<oid> <type> <size>\n<content>\n", or "<name> missing\n".
      for (;;) {
        const newline = buffer.indexOf(10);
        if (newline === -1) return;
        const header = buffer.subarray(0, newline).toString('utf8');
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          results.push(undefined);
          buffer = buffer.subarray(newline + 1);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (buffer.length < newline + 1 + size + 1) return;
        results.push(buffer.subarray(newline + 1, newline + 1 + size).toString('utf8'));
        buffer = buffer.subarray(newline + 1 + size + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || results.length !== names.length) reject(new Error(`git cat-file --batch failed (${String(code)}): ${stderr}`));
      else resolve(results);
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}
