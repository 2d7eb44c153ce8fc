/**
 * `npm run preview` serves the test build (made at the sub-path /parallax/) where it belongs without
 * BASE set again: styled pages, a story's address without its trailing slash, and the site's own
 * 404 page for an unknown address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_RECORD } from '../../src/build-record.ts';

const distDir = inject('distDir');
const base = inject('base');
const story = 'isis-detainee-transfer';
let server: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  const { BASE: _base, ...env } = process.env;
  server = spawn(process.execPath, ['scripts/preview.ts', '--port', '0'], {
    env: { ...env, PARALLAX_OUT_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /http:\/\/localhost:\d+/.exec(output)?.[0];
      if (url !== undefined) resolve(url);
    };
    server?.stdout?.on('data', read);
    server?.stderr?.on('data', read);
    server?.on('exit', (code) => reject(new Error(`preview exited (${code}): ${output}`)));
  });
});

afterAll(() => {
  server?.kill();
});

describe('npm run preview', () => {
  it('reads the base the site was built for from the build’s record', async () => {
    const record = JSON.parse(await readFile(path.join(distDir, BUILD_RECORD), 'utf8')) as { base: string };
    expect(record.base).toBe(base);
  });

  it('serves the story with its styles and icon at the base, with or without the trailing slash', async () => {
    for (const address of [`${base}${story}/`, `${base}${story}`]) {
      const response = await fetch(origin + address);
      expect(response.status, address).toBe(200);
      const html = await response.text();
      expect(html, address).toContain('<h1');
      // Styles travel inside each page (astro.config.mjs: inlineStylesheets).
      expect(html, address).toMatch(/<style>[^<]*prefers-color-scheme/);
      const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(icon).toBe(`${base}favicon.svg`);
      expect((await fetch(origin + icon)).status, icon).toBe(200);
    }
  });

  it('serves the search page’s script from the base', async () => {
    const html = await (await fetch(`${origin}${base}search/`)).text();
    const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(script.startsWith(`${base}_astro/`), script).toBe(true);
    expect((await fetch(origin + script)).status, script).toBe(200);
  });

  it('answers an unknown address with the site’s 404 page', async () => {
    const response = await fetch(`${origin}${base}no-such-story/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
