/**
 * Alignment quality on the gold standard (tests/gold, written by reading the five shipped
 * articles): the figures `npm run eval` prints, checked against issue 12's targets. A quality
 * budget, not a time: it holds or not on any machine.
 */
import { readStory } from '../src/data/read-content.ts';
import { analyzeStory } from '../src/lib/index.ts';
import { evaluate, leaveOneOut } from '../tests/gold/evaluate.ts';
import { DEFAULT_GOLD, readGold } from '../tests/gold/gold-file.ts';
import type { OutletPairScore, PairScore } from '../tests/gold/score.ts';
import { budget, type Section } from './report.ts';

/** Issue 12's targets on the gold standard. */
const TARGETS = { claimF1: 0.85, claimPrecision: 0.9, quoteF1: 0.95, wronglyOwn: 2, missedOwn: 0 };

const fixed = (x: number): string => x.toFixed(3);

const figures = ({ gold, engine, precision, recall, f1 }: PairScore | OutletPairScore) => ({
  gold,
  engine,
  precision,
  recall,
  f1,
});

export async function benchAlignment(): Promise<Section> {
  const gold = await readGold(DEFAULT_GOLD);
  const { story, articles } = await readStory(`content/${gold.story}`);
  const report = evaluate(gold, DEFAULT_GOLD, analyzeStory(story, articles));
  const left = leaveOneOut(gold, story, articles);
  const { claims, quotes, own } = report;
  const row = (name: string, s: PairScore | OutletPairScore): string[] => [
    name,
    String(s.gold),
    String(s.engine),
    fixed(s.precision),
    fixed(s.recall),
    fixed(s.f1),
  ];
  return {
    id: 'alignment',
    title: 'Alignment quality on the gold standard',
    tables: [
      {
        columns: ['Measure', 'Gold', 'Engine', 'Precision', 'Recall', 'F1'],
        rows: [
          row('claims: outlet pairs per claim (stated matches)', claims),
          row('claims, possible matches counted as stated', report.possible),
          row('claims as sentence pairs (secondary)', report.claimSentences),
          row('quotes: pairs of members of one utterance', quotes),
        ],
      },
      {
        caption:
          'Claims with one outlet left out (the engine run on the other four articles, the gold restricted to them):',
        columns: ['Left out', 'Precision', 'Recall', 'F1'],
        rows: left.map(({ outlet, score }) => [outlet, fixed(score.precision), fixed(score.recall), fixed(score.f1)]),
      },
    ],
    budgets: [
      budget(
        'claims F1 (stated matches)',
        `≥ ${TARGETS.claimF1}`,
        fixed(claims.f1),
        Number(fixed(claims.f1)) >= TARGETS.claimF1,
      ),
      budget(
        'claims precision (stated matches)',
        `≥ ${TARGETS.claimPrecision}`,
        fixed(claims.precision),
        Number(fixed(claims.precision)) >= TARGETS.claimPrecision,
      ),
      budget('quotes F1', `≥ ${TARGETS.quoteF1}`, fixed(quotes.f1), Number(fixed(quotes.f1)) >= TARGETS.quoteF1),
      budget(
        'sentences wrongly called an outlet’s own',
        `≤ ${TARGETS.wronglyOwn}`,
        `${own.wronglyOwn.length} (${own.wronglyOwn.join(', ')})`,
        own.wronglyOwn.length <= TARGETS.wronglyOwn,
      ),
      budget(
        'own sentences not called own',
        `${TARGETS.missedOwn}`,
        `${own.missedOwn.length} (${own.missedOwn.join(', ')})`,
        own.missedOwn.length <= TARGETS.missedOwn,
      ),
    ],
    notes: [
      `${report.gold.file}: ${report.gold.claims} claims, ${report.gold.quoteClusters} quote clusters, ${report.gold.own} own sentences, annotated by reading the articles (how, in the file's header). npm run eval -- --verbose lists every missed and wrong pair.`,
      'Claims: recall over (gold claim, outlet A, outlet B) triples, found when one engine claim holds a sentence of each that the gold lists; precision over the engine’s pairs of sentences of different outlets in one claim, right when some gold claim holds both. Possible matches (weak) count only in the second row.',
      `Quote references: ${report.references.agree} of ${report.references.of} agree with the gold’s majority wordings (or their absence).`,
    ],
    // The figures, not the lists behind them (npm run eval -- --json has those).
    data: {
      gold: report.gold,
      claims: figures(claims),
      possible: figures(report.possible),
      claimSentences: figures(report.claimSentences),
      quotes: figures(quotes),
      own,
      references: { agree: report.references.agree, of: report.references.of },
      leaveOneOut: left.map(({ outlet, score }) => ({ outlet, ...figures(score) })),
    },
  };
}
