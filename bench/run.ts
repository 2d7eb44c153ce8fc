/**
 * `npm run bench`: every measurement of speed and size, printed as Markdown and written to
 * bench/results/latest.json (and .md) with the machine it ran on. `--help` lists the options.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchAdversarial } from './adversarial.ts';
import { benchAlignment } from './alignment.ts';
import { ANALYSIS_DEFAULTS, benchAnalysis } from './analysis.ts';
import { benchBuild } from './build.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchScale, SCALE_DEFAULTS } from './scale.ts';
import { benchSearch } from './search.ts';
import { benchSearchQuality } from './search-quality.ts';
import { removeShippedSite } from './site.ts';
import { benchWeight } from './weight.ts';
import { machine, renderSection, type Section } from './report.ts';

const RESULTS = 'bench/results/latest';

interface Options {
  sizes: number[];
  stories: number[];
  outlets: number;
}

const MEASUREMENTS: Record<string, (options: Options) => Promise<Section>> = {
  alignment: () => benchAlignment(),
  analysis: ({ sizes }) => benchAnalysis({ ...ANALYSIS_DEFAULTS, sizes }),
  build: () => benchBuild(),
  weight: () => benchWeight(),
  search: () => benchSearch(),
  'search-quality': () => benchSearchQuality(),
  lighthouse: () => benchLighthouse(),
  adversarial: () => benchAdversarial(),
  scale: ({ stories, outlets }) => benchScale({ stories, outlets }),
};

const HELP = `Usage: npm run bench -- [options]

Measures speed and size against the budgets, prints Markdown tables and writes
bench/results/latest.json and latest.md. Time budgets are checked as ratios to a
reference workload measured in the same run (bench/reference.ts).

Options:
  --only <list>      measurements to run, comma-separated (default: all):
                     ${Object.keys(MEASUREMENTS).join(', ')}; the others keep their last results
  --sizes <list>     outlets per story for analysis (default ${ANALYSIS_DEFAULTS.sizes.join(',')})
  --stories <list>   site sizes in stories for scale (default ${SCALE_DEFAULTS.stories.join(',')})
  --outlets <n>      outlets per story for scale (default ${SCALE_DEFAULTS.outlets})
  --check            exit with status 1 when a measured budget is missed
  --help             show this help

Example:
  npm run bench -- --only scale --stories 10,100 --check`;

/** A bad command line: one line on stderr, exit status 2. */
function usageError(message: string): never {
  console.error(`bench: ${message} (npm run bench -- --help)`);
  process.exit(2);
}

function positiveIntegers(option: string, text: string | undefined, fallback: number[]): number[] {
  if (text === undefined) return fallback;
  const values = text.split(',').map((part) => part.trim());
  const bad = values.find((v) => !/^[1-9]\d*$/.test(v));
  if (bad !== undefined) usageError(`--${option} takes positive whole numbers separated by commas, not "${bad}"`);
  return values.map(Number);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        only: { type: 'string' },
        sizes: { type: 'string' },
        stories: { type: 'string' },
        outlets: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return usageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}
const { values } = parseOptions();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const selected = values.only?.split(',').map((s) => s.trim()) ?? Object.keys(MEASUREMENTS);
const unknown = selected.filter((id) => !(id in MEASUREMENTS));
if (unknown.length > 0)
  usageError(`unknown measurement ${unknown.join(', ')}; known: ${Object.keys(MEASUREMENTS).join(', ')}`);
const [outlets] = positiveIntegers('outlets', values.outlets, [SCALE_DEFAULTS.outlets]);
const options: Options = {
  sizes: positiveIntegers('sizes', values.sizes, ANALYSIS_DEFAULTS.sizes),
  stories: positiveIntegers('stories', values.stories, SCALE_DEFAULTS.stories),
  outlets: outlets ?? SCALE_DEFAULTS.outlets,
};
if (options.outlets < 2) usageError('--outlets must be at least 2: a story needs two outlets to compare');

interface Results {
  date: string;
  command: string;
  machine: Record<string, unknown>;
  /** Each section as last measured, with the command, time and machine load of that run. */
  sections: Record<string, Section & { command: string; date: string; machine: Record<string, unknown> }>;
}

const previous = await readFile(`${RESULTS}.json`, 'utf8')
  .then((text) => JSON.parse(text) as Results)
  .catch(() => undefined);
const results: Results = {
  date: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
  machine: machine(),
  sections: { ...previous?.sections },
};

const m = results.machine;
const header = `Measured on ${String(m['cpu'])}, ${String(m['cores'])} cores, Node ${String(m['node'])}, load average ${(m['loadAverage'] as number[]).join(' ')} at the start; ${results.date.slice(0, 10)}.`;
console.log(`${header}\n`);

const missed: string[] = [];
const unmeasured: string[] = [];
try {
  for (const id of selected) {
    const section = await MEASUREMENTS[id]!(options);
    results.sections[id] = { ...section, command: results.command, date: new Date().toISOString(), machine: machine() };
    console.log(`${renderSection(section)}\n`);
    for (const b of section.budgets) {
      if (b.ok === false) missed.push(`${section.title}: ${b.name} (${b.measured}, limit ${b.limit})`);
      if (b.ok === null) unmeasured.push(`${section.title}: ${b.name} (${b.measured})`);
    }
  }
} finally {
  await removeShippedSite();
}

const ordered = Object.keys(MEASUREMENTS).flatMap((id) => (results.sections[id] ? [results.sections[id]] : []));
await mkdir('bench/results', { recursive: true });
await writeFile(`${RESULTS}.json`, `${JSON.stringify(results, null, 2)}\n`);
await writeFile(`${RESULTS}.md`, `${header}\n\n${ordered.map(renderSection).join('\n\n')}\n`);

if (unmeasured.length > 0)
  console.log(`Budgets not measured here:\n${unmeasured.map((line) => `- ${line}`).join('\n')}\n`);
if (missed.length > 0) {
  console.log(`Budgets missed:\n${missed.map((line) => `- ${line}`).join('\n')}`);
  if (values.check) process.exitCode = 1;
} else {
  console.log('No measured budget was missed.');
}
