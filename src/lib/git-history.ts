/**
 * Reads the history of the content files from git for the version pages, in one pass for the
 * whole site: one `git log` over content/ (which commits touched which file), then the file's
 * text at each of those commits through one `git cat-file --batch` process. Never one git call
 * per piece, so it holds at 50,000 pieces. Files touched by a single commit have one version
 * only and are not read at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { LOG_FORMAT, parseLog, type FileState } from './versions.ts';

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
  const log = git(root, ['log', '--no-renames', '--relative', '--name-only', `--format=${LOG_FORMAT}`, '--', ...VERSIONED]);
  if (!log.ok) return { available: false, reason: `git log failed: ${log.stderr.trim()}` };
  const commits = new Map([...parseLog(log.stdout)].filter(([, list]) => list.length > 1));
  const requests = [...commits].flatMap(([file, list]) => list.map((commit) => ({ file, commit })));
  const texts = await catFiles(root, requests.map(({ file, commit }) => `${commit.commit}:./${file}`));
  const files = new Map<string, FileState[]>();
  requests.forEach(({ file, commit }, index) => {
    const states = files.get(file) ?? [];
    states.push({ ...commit, text: texts[index] });
    files.set(file, states);
  });
  return { available: true, files };
}

/** The contents of each object name (undefined for a missing one, e.g. a deleted file), via one `git cat-file --batch`. */
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
