/**
 * `npm run analyze -- content/<story> [--json]`: the analysis of one story, as a readable report
 * or (with --json) as the StoryComparison every page is built from.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../src/ingest/usage-error.ts';
import type { StoryComparison } from '../src/lib/index.ts';
import { runCommand } from './command.ts';

function pct(x: number): string {
  return `${Math.round(x * 100)}%`.padStart(4);
}

function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function report(c: StoryComparison): string {
  const out: string[] = [];
  out.push(`# ${c.story.title}`, '', c.story.summary, '');
  out.push(`## Outlets (${c.outlets.length})`);
  for (const o of c.outlets) {
    const notes = [
      o.republishedFrom && `republished from ${o.republishedFrom}`,
      o.cites.length > 0 && `cites ${o.cites.join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ');
    out.push(
      `- ${o.outlet} (${o.slug}): ${o.wordCount} words, ${o.sentences.length} sentences, ${o.quotes.length} quotes, ` +
        `${pct(o.sharedShare).trim()} shared, ${o.uniqueSentences} sentences of its own${notes ? ` — ${notes}` : ''}`,
    );
  }
  out.push('', `## Quote clusters (${c.quoteClusters.length})`);
  for (const q of c.quoteClusters) {
    const outlets = new Set(q.members.map((m) => m.outlet)).size;
    out.push(
      `${q.id}  “${clip(q.canonical)}”  — ${q.speaker?.printed ?? 'speaker unknown'}; ${outlets} outlet${outlets === 1 ? '' : 's'}`,
    );
    for (const m of q.members) {
      const flags = [m.fragment && 'fragment', m.recovered && 'recovered'].filter(Boolean).join(', ');
      out.push(
        `    ${m.label.padEnd(8)} ${m.outlet.padEnd(16)} “${clip(m.text, 90)}”${flags ? ` (${flags})` : ''}  [${m.start}–${m.end}]`,
      );
      if (m.label === 'altered') {
        const changes = m.diff
          .filter((p) => p.added || p.removed)
          .map((p) => `${p.added ? '+' : '-'}${p.value.trim()}`);
        out.push(`             ${changes.join('  ')}`);
      }
    }
  }
  out.push('', `## Claim clusters (${c.claimClusters.length})`);
  for (const k of c.claimClusters) {
    out.push(`${k.id}  ${k.label}`);
    for (const m of k.members) out.push(`    ${m.score.toFixed(2)} ${m.sentenceId.padEnd(26)} ${clip(m.text, 90)}`);
  }
  out.push('', '## Sentences no other outlet has');
  for (const o of c.outlets) {
    const own = o.sentences.filter((s) => s.unique);
    out.push(`### ${o.outlet} (${own.length})`);
    for (const s of own) out.push(`    ${s.id.padEnd(26)} ${clip(s.text, 90)}`);
  }
  out.push('', '## Overlap: share of the row outlet’s words in sentences aligned with the column outlet');
  const slugs = c.outlets.map((o) => o.slug);
  const width = Math.max(...slugs.map((s) => s.length), 6);
  out.push(`${''.padEnd(width)} ${slugs.map((s) => s.slice(0, 12).padStart(13)).join('')}`);
  for (const a of slugs) {
    out.push(
      `${a.padEnd(width)} ${slugs.map((b) => (a === b ? '—' : pct(c.overlap[a]?.[b] ?? 0)).padStart(13)).join('')}`,
    );
  }
  return out.join('\n');
}

const USAGE = `usage: npm run analyze -- content/<story> [--json]

Prints the analysis of one story: outlets, quote clusters with their labels and diffs, claim
clusters, sentences no other outlet has, and the overlap matrix.

  --json   print the StoryComparison every page is built from, as JSON
  --help   print this help

example: npm run analyze -- content/isis-detainee-transfer
`;

await runCommand('analyze', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return USAGE;
  const [dir, ...extra] = positionals;
  if (dir === undefined) throw new UsageError('missing the story folder, e.g. content/isis-detainee-transfer');
  if (extra.length > 0) throw new UsageError(`one story at a time, not also ${extra.join(' ')}`);
  // Loaded only now, so that --help and a bad argument answer at once.
  const [{ readStory }, { analyzeStory }] = await Promise.all([
    import('../src/data/read-content.ts'),
    import('../src/lib/index.ts'),
  ]);
  const { story, articles } = await readStory(dir);
  const comparison = analyzeStory(story, articles);
  return values.json ? JSON.stringify(comparison, null, 2) : report(comparison);
});
