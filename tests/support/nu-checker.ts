/**
 * The W3C Nu HTML Checker (npm vnu-jar) on the system's Java, for the browser tests: one place for
 * how it is started and how its report is read.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { run } from './run.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');

/**
 * Java's options for one short run over a few dozen files. The quick compiler alone (C1): the
 * optimising one costs more than it saves in a run of seconds, the whole run takes about half the
 * CPU, and the report is the same byte for byte. C1's code needs more stack than the checker's
 * default for its schema, which then stops with a StackOverflowError; 8 MB is ample.
 */
const JAVA_OPTIONS = ['-XX:TieredStopAtLevel=1', '-Xss8m'];

export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
}

/** The checker's messages on `files` (and, with `css`, on the stylesheets among them); throws when it cannot run. */
export async function nuCheckerMessages(files: readonly string[], { css = false } = {}): Promise<NuMessage[]> {
  const args = [...JAVA_OPTIONS, '-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...(css ? ['--also-check-css'] : []), ...files];
  const checker = await run('java', args, { timeout: 110_000 }).catch((error: unknown) => {
    throw new Error(`Java is needed for the Nu HTML Checker (apt-get install -y default-jre-headless): ${error instanceof Error ? error.message : String(error)}`);
  });
  if (checker.status !== 0) throw new Error(`the Nu HTML Checker ended with ${String(checker.status)}:\n${checker.stderr.slice(-2000)}`);
  // The checker writes its JSON report to stderr.
  return (JSON.parse(checker.stderr) as { messages: NuMessage[] }).messages;
}
