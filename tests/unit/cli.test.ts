/**
 * Every command has --help with its options and an example, and reports a bad argument in one
 * line with exit status 2, never a stack trace (issue 15, item 16).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const COMMANDS = ['add-article', 'analyze', 'eval', 'list-sentences'] as const;

async function command(name: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [`scripts/${name}.ts`, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

// Each case starts Node on TypeScript sources, which takes seconds on a loaded machine.
const SPAWN_TIMEOUT_MS = 60_000;

describe.each(COMMANDS)('npm run %s', (name) => {
  it(
    'prints its help with an example and exits 0',
    async () => {
      const { code, stdout } = await command(name, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: npm run ${name} -- `));
      expect(stdout).toContain('--help');
      expect(stdout).toMatch(new RegExp(`\\nexample: npm run ${name}`));
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'reports an unknown option in one line with status 2',
    async () => {
      const { code, stderr } = await command(name, '--no-such-option');
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`${name}: Unknown option '--no-such-option'`);
      expect(stderr).toContain(`(see npm run ${name} -- --help)`);
    },
    SPAWN_TIMEOUT_MS,
  );
});

it(
  'add-article reports missing arguments and a story that would leave content/ with status 2',
  async () => {
    expect(await command('add-article', 'page.html')).toMatchObject({
      code: 2,
      stderr: 'add-article: missing --story, --outlet, --url (see npm run add-article -- --help)\n',
    });
    const escaping = await command('add-article', '--story', '../..', '--outlet', 'X', '--url', 'https://e.org', '-');
    expect(escaping.code).toBe(2);
    expect(escaping.stderr).toMatch(/^add-article: --story "\.\.\/\.\.": the folder name/);
  },
  SPAWN_TIMEOUT_MS,
);
