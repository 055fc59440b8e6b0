/**
 * Runs one build command and measures it: wall time, CPU time (user + sys) of the whole process
 * tree, and peak resident memory of the whole tree, sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ProcessMeasurement {
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  /** User and system CPU of the shell and every descendant it waited for (bash `times`). */
  cpuUserMs: number;
  cpuSysMs: number;
  /** Highest sum of RSS over the shell and all its descendants, sampled every `sampleMs`. */
  peakRssBytes: number;
  /** Most processes alive in the tree at one sample. */
  peakProcesses: number;
  samples: number;
}

const PAGE_SIZE = 4096;

/** pid → [parent pid, RSS in bytes] for every process visible in /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const rssPages = Number(fields[21]);
    table.set(Number(name), [ppid, Number.isFinite(rssPages) ? rssPages * PAGE_SIZE : 0]);
  }
  return table;
}

/** Sum of RSS and number of processes of `root` and all its descendants. */
function treeRss(root: number): { bytes: number; processes: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let bytes = 0;
  let processes = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const entry = table.get(pid);
    if (!entry) continue;
    bytes += entry[1];
    processes += 1;
    queue.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes };
}

/** "0m8.011s" → 8011 */
function parseBashTime(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text.trim());
  if (!match) throw new Error(`cannot read the CPU time "${text}" from bash's times`);
  return (Number(match[1]) * 60 + Number(match[2])) * 1000;
}

/**
 * Runs `command` in bash with its output in `logFile`. Bash's `times` afterwards prints the
 * CPU used by the shell and by all its (waited-for) descendants, which covers npm, node,
 * astro, pagefind and every grandchild; Node's own resourceUsage would not.
 */
export async function measureCommand(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timesFile: string; sampleMs?: number },
): Promise<ProcessMeasurement> {
  const script = `${command} > "$BENCH_LOG_FILE" 2>&1; status=$?; times > "$BENCH_TIMES_FILE"; exit $status`;
  const started = performance.now();
  const child = spawn('bash', ['-c', script], {
    cwd: options.cwd,
    env: { ...options.env, BENCH_LOG_FILE: options.logFile, BENCH_TIMES_FILE: options.timesFile },
    stdio: 'ignore',
  });
  let peakRssBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const { bytes, processes } = treeRss(child.pid);
    samples += 1;
    peakRssBytes = Math.max(peakRssBytes, bytes);
    peakProcesses = Math.max(peakProcesses, processes);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);

  let cpuUserMs = Number.NaN;
  let cpuSysMs = Number.NaN;
  try {
    // Line 1: the shell itself; line 2: its children (cumulative, including grandchildren).
    const lines = readFileSync(options.timesFile, 'utf8').trim().split('\n');
    cpuUserMs = 0;
    cpuSysMs = 0;
    for (const line of lines) {
      const [user = '', sys = ''] = line.trim().split(/\s+/);
      cpuUserMs += parseBashTime(user);
      cpuSysMs += parseBashTime(sys);
    }
  } catch (error) {
    if (code === 0) throw error;
  }
  return { exitCode: code, signal, wallMs, cpuUserMs, cpuSysMs, peakRssBytes, peakProcesses, samples };
}

export interface FileStats {
  bytes: number;
  files: number;
}

/** Total size and number of files below `dir` (0/0 when it does not exist). */
export function folderStats(dir: string): FileStats {
  let bytes = 0;
  let files = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return { bytes: 0, files: 0 };
  }
  for (const entry of entries) {
    const stats = statSync(join(dir, entry), { throwIfNoEntry: false });
    if (stats?.isFile()) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}

export interface HtmlStats {
  pages: number;
  largest: { path: string; bytes: number };
}

/** Number of HTML pages below `dir` and the largest one. */
export function htmlStats(dir: string): HtmlStats {
  let pages = 0;
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.html')) continue;
    const file = join(dir, entry);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) continue;
    pages += 1;
    if (stats.size > largest.bytes) largest = { path: `/${relative(dir, file)}`, bytes: stats.size };
  }
  return { pages, largest };
}

/** Size of one file, or null when the build did not write it. */
export function fileBytes(file: string): number | null {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : null;
}
