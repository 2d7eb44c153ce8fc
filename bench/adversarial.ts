/**
 * `npm run bench -- --only adversarial`: the worst case of issue 15. Every shape of
 * bench/adversarial-shapes.ts at 256 KB (the largest content file accepted) goes through the
 * build's preflight and the engine in its own process (bench/adversarial-child.ts); the shape
 * with the largest output that the preflight accepts is then built into a site. The budgets are
 * on what a build does with each shape: the time to the preflight's verdict, plus the analysis
 * when the shape is accepted; peak memory; dist/ bytes per input byte. The engine's time on the
 * refused shapes is listed too: it is linear, but those never reach it in a build.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_FILE_BYTES } from '../src/data/source-text.ts';
import { adversarialStory, ADVERSARIAL_SHAPES } from './adversarial-shapes.ts';
import { budget, kb, ms, type Section } from './report.ts';

const run = promisify(execFile);

/** Issue 15's budget for a 256 KB adversarial article. */
export const ADVERSARIAL_BUDGET = { ms: 10_000, bytes: 1024 ** 3, distPerInput: 50 } as const;
/** Slightly under the cap, so the frontmatter and the ordinary article fit too. */
const BODY_BYTES = MAX_FILE_BYTES - 512;

interface Measured {
  name: string;
  preflightMs: number;
  ms: number;
  maxRssKiB: number;
  inputBytes: number;
  outputBytes: number;
  refused?: string;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, String(name)));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/** Writes one shape's story as a content folder under `root`, for the build. */
async function writeStory(root: string, index: number): Promise<string> {
  const dir = path.join(root, 'content', 'adversarial');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(adversarialStory(ADVERSARIAL_SHAPES[index]!, BODY_BYTES).files)) {
    await writeFile(path.join(dir, name), text);
  }
  return path.join(root, 'content');
}

/** What a build spends on a shape: the preflight, and the analysis if the preflight accepts it. */
const buildPathMs = (m: Measured): number => m.preflightMs + (m.refused === undefined ? m.ms : 0);

export async function benchAdversarial(): Promise<Section> {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-adversarial-'));
  try {
    const measured: Measured[] = [];
    for (const [index, shape] of ADVERSARIAL_SHAPES.entries()) {
      const { stdout } = await run(
        process.execPath,
        ['bench/adversarial-child.ts', String(index), String(BODY_BYTES)],
        {
          maxBuffer: 1024 * 1024,
        },
      );
      measured.push({ name: shape.name, ...(JSON.parse(stdout) as Omit<Measured, 'name'>) });
    }
    const accepted = measured.filter((m) => m.refused === undefined);
    const worstOutput = [...accepted].sort((a, b) => b.outputBytes - a.outputBytes)[0];
    let distBytes: number | undefined;
    let buildMs: number | undefined;
    if (worstOutput !== undefined) {
      const contentDir = await writeStory(root, measured.indexOf(worstOutput));
      const outDir = path.join(root, 'dist');
      const t0 = performance.now();
      await run(process.execPath, ['scripts/build.ts'], {
        env: {
          ...process.env,
          PARALLAX_CONTENT_DIR: contentDir,
          PARALLAX_OUT_DIR: outDir,
        },
        maxBuffer: 16 * 1024 * 1024,
      });
      buildMs = performance.now() - t0;
      distBytes = await folderBytes(outDir);
    }
    const slowest = [...measured].sort((a, b) => buildPathMs(b) - buildPathMs(a))[0]!;
    const heaviest = [...measured].sort((a, b) => b.maxRssKiB - a.maxRssKiB)[0]!;
    const inputBytes = worstOutput?.inputBytes ?? 1;
    const ratio = distBytes === undefined ? undefined : distBytes / inputBytes;
    return {
      id: 'adversarial',
      title: 'Adversarial articles (256 KB)',
      tables: [
        {
          caption:
            'Each shape alone in a fresh process: the build’s preflight (readContent), then analyzeStory and describeDifferences (run on refused shapes too, to show the engine’s own cost; a build never reaches them).',
          columns: ['shape', 'preflight', 'analysis', 'peak memory', 'output / input', 'verdict'],
          rows: measured.map((m) => [
            m.name,
            ms(m.preflightMs),
            ms(m.ms),
            `${Math.round(m.maxRssKiB / 1024)} MB`,
            `${(m.outputBytes / m.inputBytes).toFixed(1)}×`,
            m.refused ?? 'accepted',
          ]),
        },
      ],
      budgets: [
        budget(
          'slowest preflight, and analysis when accepted',
          ms(ADVERSARIAL_BUDGET.ms),
          `${ms(buildPathMs(slowest))} (${slowest.name})`,
          buildPathMs(slowest) <= ADVERSARIAL_BUDGET.ms,
        ),
        budget(
          'peak memory',
          '1 GB',
          `${Math.round(heaviest.maxRssKiB / 1024)} MB (${heaviest.name})`,
          heaviest.maxRssKiB * 1024 <= ADVERSARIAL_BUDGET.bytes,
        ),
        budget(
          'dist/ bytes per input byte',
          `${ADVERSARIAL_BUDGET.distPerInput}×`,
          ratio === undefined
            ? 'no shape accepted'
            : `${ratio.toFixed(1)}× (${kb(distBytes!)} for ${worstOutput!.name})`,
          ratio === undefined ? null : ratio <= ADVERSARIAL_BUDGET.distPerInput,
        ),
      ],
      notes: [
        `The site built from the accepted shape with the largest analysis output (${worstOutput?.name ?? 'none'}) took ${buildMs === undefined ? '–' : ms(buildMs)}, including Astro.`,
      ],
      data: { measured, distBytes, buildMs },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
