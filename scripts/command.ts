/**
 * How every command-line tool of the project ends: its output on stdout, or one line on stderr
 * and an exit status an author or a script can act on. A bad argument (an unknown option, a
 * missing value, a slug that would leave content/) exits 2 and names --help; a content or input
 * problem exits 1 with its message; neither prints a stack trace (DEBUG=1 adds one).
 */
import { ContentError, ContentErrors } from '../src/data/content-error.ts';
import { UsageError } from '../src/ingest/usage-error.ts';

/** Exit statuses, as POSIX tools use them. */
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;

/** node:util parseArgs's errors for a bad command line. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Runs `main`; prints what it returns, or its error as described above. */
export async function runCommand(name: string, main: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(`${(await main()).replace(/\n?$/, '\n')}`);
  } catch (error) {
    if (process.env['DEBUG']) console.error(error);
    if (error instanceof UsageError || isArgumentError(error)) {
      process.stderr.write(`${name}: ${(error as Error).message} (see npm run ${name} -- --help)\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    const message =
      error instanceof ContentErrors || error instanceof ContentError || error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = EXIT_PROBLEM;
  }
}
