/**
 * `npm run bench`: every measurement of speed and size, printed as Markdown and written to
 * bench/results/latest.json (and .md) with the machine it ran on.
 *
 *   --only analysis,build,weight,search,search-quality,lighthouse,adversarial   run a subset (the others keep their last results)
 *   --sizes 5,50                                     analysis sizes (default 5,50,500,2000)
 *   --check                                          exit 1 when a budget is missed
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchAdversarial } from './adversarial.ts';
import { ANALYSIS_DEFAULTS, benchAnalysis } from './analysis.ts';
import { benchBuild } from './build.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchSearch } from './search.ts';
import { benchSearchQuality } from './search-quality.ts';
import { removeShippedSite } from './site.ts';
import { benchWeight } from './weight.ts';
import { machine, renderSection, type Section } from './report.ts';

const RESULTS = 'bench/results/latest';

const MEASUREMENTS: Record<string, (args: { sizes: number[] }) => Promise<Section>> = {
  analysis: ({ sizes }) => benchAnalysis({ ...ANALYSIS_DEFAULTS, sizes }),
  build: () => benchBuild(),
  weight: () => benchWeight(),
  search: () => benchSearch(),
  'search-quality': () => benchSearchQuality(),
  lighthouse: () => benchLighthouse(),
  adversarial: () => benchAdversarial(),
};

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});
const selected = values.only?.split(',').map((s) => s.trim()) ?? Object.keys(MEASUREMENTS);
const unknown = selected.filter((id) => !(id in MEASUREMENTS));
if (unknown.length > 0)
  throw new Error(`unknown measurement ${unknown.join(', ')}; known: ${Object.keys(MEASUREMENTS).join(', ')}`);
const sizes = values.sizes?.split(',').map(Number) ?? ANALYSIS_DEFAULTS.sizes;

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
    const section = await MEASUREMENTS[id]!({ sizes });
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
