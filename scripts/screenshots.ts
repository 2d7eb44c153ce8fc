/**
 * `npm run screenshots`: the README's pictures, made from a fresh build so they never show a site
 * that no longer exists. Builds the site into a temporary folder, serves it, and photographs each
 * view in headless Chromium into docs/screenshots/.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../tests/support/browser.ts';

interface Shot {
  name: string;
  /** What the picture shows, for --help. */
  shows: string;
  /** Page below the story, '' for its overview. */
  page: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  /** Before the picture: follow a link (its selector) or act on the page. */
  follow?: string;
  act?: (page: Page) => Promise<void>;
  /** Photograph this many screens from the top instead of one. */
  screens?: number;
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

const SHOTS: readonly Shot[] = [
  { name: 'overview', shows: 'the overview’s first screen: the summary', page: '', ...DESKTOP, scheme: 'light' },
  {
    name: 'overview-phone',
    shows: 'the overview on a phone, dark, its first screen and a half',
    page: '',
    ...PHONE,
    scheme: 'dark',
    screens: 1.5,
  },
  {
    name: 'altered-quote',
    shows: '(a) who altered a quote: the first altered quote the summary links to',
    page: '',
    ...DESKTOP,
    scheme: 'light',
    follow: '.summary dd[data-kind="altered"] a',
  },
  {
    name: 'only-in-one-outlet',
    shows: '(b) what only one outlet says: where the summary’s first count leads',
    page: '',
    ...DESKTOP,
    scheme: 'light',
    follow: '.summary dd[data-kind="only"] a',
  },
  {
    name: 'who-copied-whom',
    shows: '(c) who copied whom: the graph the summary links to',
    page: '',
    ...DESKTOP,
    scheme: 'light',
    follow: '.summary .group[data-kind="copied"] dt a',
  },
  {
    name: 'hedges',
    shows: '(d) how the outlets hedge a figure: the summary’s first number line',
    page: '',
    ...DESKTOP,
    scheme: 'light',
    follow: '.summary dd[data-kind="number"] a',
  },
  { name: 'quotes-phone', shows: 'the quotes page on a phone', page: 'quotes/#q3', ...PHONE, scheme: 'light' },
  {
    name: 'side-by-side-phone',
    shows: 'side by side on a phone, two outlets chosen',
    page: 'compare/',
    ...PHONE,
    scheme: 'light',
    act: async (page) => {
      const names = await page
        .locator('select[name="first"] option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      await page.selectOption('select[name="first"]', names[1] ?? '');
      await page.selectOption('select[name="second"]', names[3] ?? '');
      await page.locator('table.compare tbody tr:not([hidden])').first().scrollIntoViewIfNeeded();
    },
  },
];

const USAGE = `Usage: npm run screenshots [-- --only <name>,…] [--out <folder>]

Builds the site afresh into a temporary folder, serves it, and writes one PNG per view with
headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH) into docs/screenshots/:

${SHOTS.map((s) => `  ${`${s.name}.png`.padEnd(24)}${s.shows}, ${s.width} × ${s.height}, ${s.scheme}`).join('\n')}

  --only <names>  only these pictures (comma-separated names, without .png)
  --out <folder>  write there instead of docs/screenshots/
  --help          show this help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help === true) {
    console.log(USAGE);
    return;
  }
  const wanted = values.only?.split(',').map((n) => n.trim());
  const unknown = wanted?.filter((n) => !SHOTS.some((s) => s.name === n)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no picture called ${unknown.join(', ')} (see --help)`);
  const shots = SHOTS.filter((s) => wanted === undefined || wanted.includes(s.name));
  const out = path.resolve(values.out ?? 'docs/screenshots');
  const story = (await readdir('content', { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0];
  if (story === undefined) throw new Error('content/ holds no story to photograph');

  const root = await mkdtemp(path.join(tmpdir(), 'parallax-screenshots-'));
  const dist = path.join(root, 'dist');
  try {
    console.log('Building the site…');
    const { BASE: _base, SITE: _site, ...env } = process.env;
    await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
      env: { ...env, PARALLAX_OUT_DIR: dist },
      maxBuffer: 16 * 1024 * 1024,
    });
    const { server, origin } = await serveSite(dist, '/');
    const browser = await launchBrowser();
    try {
      await mkdir(out, { recursive: true });
      for (const shot of shots) {
        const context = await browser.newContext({
          viewport: { width: shot.width, height: shot.height },
          colorScheme: shot.scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        const url = `${origin}/${story}/${shot.page}`;
        const response = await page.goto(url);
        if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
        if (shot.follow !== undefined) {
          const link = page.locator(shot.follow).first();
          if ((await link.count()) === 0) throw new Error(`${shot.name}: no link ${shot.follow} on ${url}`);
          await link.click();
          await page.waitForLoadState();
        }
        await shot.act?.(page);
        const file = path.join(out, `${shot.name}.png`);
        const screens = shot.screens ?? 1;
        await page.screenshot({
          path: file,
          ...(screens > 1 && {
            fullPage: true,
            clip: { x: 0, y: 0, width: shot.width, height: Math.round(screens * shot.height) },
          }),
        });
        console.log(`  ${path.relative(process.cwd(), file)}`);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
