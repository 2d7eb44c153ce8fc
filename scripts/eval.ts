/**
 * `npm run eval`: scores the analysis engine against the gold standard written by reading the
 * articles (tests/gold/<story>.yaml). Claims and quotes as pairwise precision / recall / F1, own
 * sentences as counts of wrong and missed ones. The evaluation is tests/gold/evaluate.ts, the scoring
 * of each part tests/gold/score.ts.
 */
import { parseArgs } from 'node:util';
import { readStory } from '../src/data/read-content.ts';
import { analyzeStory, type StoryComparison } from '../src/lib/index.ts';
import { evaluate, leaveOneOut, type Report } from '../tests/gold/evaluate.ts';
import { DEFAULT_GOLD, readGold, type Gold } from '../tests/gold/gold-file.ts';

const USAGE = `usage: npm run eval -- [--gold <file>] [--verbose] [--json] [--leave-one-out]

Scores the engine's claim clusters, quote clusters and own sentences against a gold standard.

  claims     the primary claim score, over the alignments the site states (strong and
             likely members; weak ones, shown as "possible match", are counted apart). Recall: of the (gold claim, outlet A, outlet B)
             triples, the share where one engine claim cluster holds a sentence of A and a
             sentence of B that the gold lists for that claim. Precision: of the engine's
             pairs of sentences of different outlets in one cluster, the share that some gold
             claim holds both of.
  claims+w   the same, counting possible matches (weak) as stated
  claims/s   secondary: pairs of sentences of different outlets in one claim, gold against
             engine (an outlet that states a claim in three sentences makes three pairs)
  quotes     pairs of members of one utterance
  references quote clusters whose reference wording (strict majority) matches the gold's
             majority_wording, or that have none where the gold has null
  own        paragraph sentences the engine calls an outlet's own (in no claim) that the gold
             puts in a claim (wrongly own), and the gold's own ones it does not (missed own)

  --gold <file>  gold standard to score against (default ${DEFAULT_GOLD});
                 its story is read from content/<story>
  --verbose      also list missed and wrong pairs, unmatched quotes, wrongly-own and missed-own sentences
  --json         print the scores and every list as JSON
  --leave-one-out  also score claims with each outlet left out in turn (the engine run on the
                 other articles, the gold restricted to them): a check that the thresholds,
                 tuned on this gold, do not hang on one outlet
  --help         print this help

example: npm run eval -- --verbose
`;

const fixed = (x: number): string => x.toFixed(3);

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function table(r: Report): string[] {
  const row = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(8) : cell.padStart(8))).join(' ');
  return [
    `${r.story}: engine against ${r.gold.file} (${r.gold.claims} claims, ${r.gold.quoteClusters} quote clusters, ${r.gold.own} own sentences)`,
    '',
    row(['', 'gold', 'engine', 'matched', 'P', 'R', 'F1']),
    row([
      'claims',
      String(r.claims.gold),
      String(r.claims.engine),
      `${r.claims.found}/${r.claims.correct}`,
      fixed(r.claims.precision),
      fixed(r.claims.recall),
      fixed(r.claims.f1),
    ]),
    row([
      'claims+w',
      String(r.possible.gold),
      String(r.possible.engine),
      `${r.possible.found}/${r.possible.correct}`,
      fixed(r.possible.precision),
      fixed(r.possible.recall),
      fixed(r.possible.f1),
    ]),
    ...(['claimSentences', 'quotes'] as const).map((k) => {
      const s = r[k];
      return row([
        k === 'claimSentences' ? 'claims/s' : k,
        String(s.gold),
        String(s.engine),
        String(s.matched),
        fixed(s.precision),
        fixed(s.recall),
        fixed(s.f1),
      ]);
    }),
    '',
    `claims: (claim, outlet, outlet) triples found / engine sentence pairs right (matched = found/right), strong and likely alignments; claims+w: the same with possible matches counted; claims/s: pairs of sentences of different outlets in one claim; quotes: pairs of members of one utterance` +
      (r.quotes.unmatchedEngine.length + r.quotes.unmatchedGold.length > 0
        ? ` (${r.quotes.unmatchedEngine.length} engine quotes match no gold quote, ${r.quotes.unmatchedGold.length} gold quotes unmatched)`
        : ''),
    `own sentences: gold ${r.own.gold}, engine ${r.own.engine}, wrongly own ${r.own.wronglyOwn.length}, missed own ${r.own.missedOwn.length}`,
    `quote references: ${r.references.agree} of ${r.references.of} agree with the gold's majority wording (or its absence)`,
  ];
}

/** The lists behind the counts, with the start of each sentence so a reader can judge them. */
function details(r: Report, c: StoryComparison, gold: Gold): string[] {
  const text = new Map(c.outlets.flatMap((o) => o.sentences.map((s) => [s.id, s.text] as const)));
  const sentence = (id: string): string => `${id} “${clip(text.get(id) ?? '?')}”`;
  const goldQuote = (key: string): string => {
    const [cluster, index] = key.split('#');
    const m = gold.quotes.find((q) => q.id === cluster)?.members[Number(index)];
    return m ? `${key} ${m.outlet} “${clip(m.text)}”` : key;
  };
  const out: string[] = [];
  const list = (title: string, lines: string[]): void => {
    out.push('', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  const facts = new Map(gold.claims.map((g) => [g.id, g.fact]));
  list(
    'claims, missed outlet pairs',
    r.claims.missed.map(([claim, a, b]) => `${claim} ${a} / ${b}: ${clip(facts.get(claim) ?? '', 70)}`),
  );
  list(
    'claims, wrong pairs',
    r.claims.wrong.map(([a, b]) => `${sentence(a)}\n    ${sentence(b)}`),
  );
  list(
    'claims/s, missed sentence pairs',
    r.claimSentences.missed.map(([a, b]) => `${sentence(a)}\n    ${sentence(b)}`),
  );
  list(
    'quotes, missed pairs',
    r.quotes.missed.map(([a, b]) => `${goldQuote(a)}\n    ${goldQuote(b)}`),
  );
  list(
    'quotes, wrong pairs',
    r.quotes.wrong.map(([a, b]) => `${goldQuote(a)}\n    ${goldQuote(b)}`),
  );
  list(
    'quotes the gold does not have',
    r.quotes.unmatchedEngine.map((m) => `${m.sentenceId} “${clip(m.text)}”`),
  );
  list('gold quotes the engine does not have', r.quotes.unmatchedGold.map(goldQuote));
  list('quote references that disagree with the gold', r.references.disagree);
  list('wrongly own', r.own.wronglyOwn.map(sentence));
  list('missed own', r.own.missedOwn.map(sentence));
  return out;
}

let options: { gold: string; verbose: boolean; json: boolean; help: boolean; 'leave-one-out': boolean };
try {
  ({ values: options } = parseArgs({
    options: {
      gold: { type: 'string', default: DEFAULT_GOLD },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      'leave-one-out': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  process.stderr.write(
    `eval: ${error instanceof Error ? error.message : String(error)} (see npm run eval -- --help)\n`,
  );
  process.exit(2);
}

if (options.help) {
  process.stdout.write(USAGE);
} else {
  try {
    const gold = await readGold(options.gold);
    const { story, articles } = await readStory(`content/${gold.story}`);
    const comparison = analyzeStory(story, articles);
    const report = evaluate(gold, options.gold, comparison);
    const lines = options.json
      ? [JSON.stringify(report, null, 2)]
      : [
          ...table(report),
          ...(options['leave-one-out']
            ? [
                '',
                'claims, leaving one outlet out:',
                ...leaveOneOut(gold, story, articles).map(
                  ({ outlet, score: s }) =>
                    `without ${outlet.padEnd(16)} P ${fixed(s.precision)}  R ${fixed(s.recall)}  F1 ${fixed(s.f1)}  (${s.found}/${s.gold} outlet pairs found, ${s.correct}/${s.engine} sentence pairs right)`,
                ),
              ]
            : []),
          ...(options.verbose ? details(report, comparison, gold) : []),
        ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
