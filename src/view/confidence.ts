/**
 * How sure an alignment is, as the pages show it: a shape and a word for each confidence (never
 * colour alone), the claim matrix's cells, and the count of claims the site states as shared.
 */
import {
  outletMembers,
  type ClaimCluster,
  type ClaimEvidence,
  type ClaimMember,
  type Confidence,
  type StoryComparison,
} from '../lib/index.ts';

/** A shape per confidence: full, half, hollow. */
export const CONFIDENCE_MARK: Readonly<Record<Confidence, string>> = { strong: '●', likely: '◐', weak: '○' };

/** What each confidence says to a reader. */
export const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
  strong: 'strong match',
  likely: 'likely match',
  weak: 'possible match',
};

/** Claims that two or more outlets print, as the site states them (possible matches left out). */
export function statedClaims(comparison: StoryComparison): ClaimCluster[] {
  return comparison.claimClusters.filter((c) => new Set(outletMembers(c, true).map((m) => m.outlet)).size > 1);
}

export interface MatrixRow {
  cluster: ClaimCluster;
  /** One cell per outlet, in the comparison's outlet order: the outlet's member, or undefined. */
  cells: (ClaimMember | undefined)[];
  /** Outlets the site states print the claim (a strong or likely member). */
  stated: number;
  /** Outlets in the row only as a possible match: never counted as printing the claim. */
  possible: number;
}

/** The coverage matrix: one row per claim cluster, each outlet's member (its best one) in its column. */
export function matrixRows(comparison: StoryComparison): MatrixRow[] {
  return comparison.claimClusters.map((cluster) => {
    const byOutlet = new Map(outletMembers(cluster).map((m) => [m.outlet, m]));
    // outletMembers gives each outlet once: its best member (stated ones only, with `true`).
    const stated = outletMembers(cluster, true).length;
    return {
      cluster,
      cells: comparison.outlets.map((o) => byOutlet.get(o.slug)),
      stated,
      possible: byOutlet.size - stated,
    };
  });
}

/** A member's evidence grouped for reading: each kind's distinct printed forms, in reading order. */
export function evidenceLists(member: ClaimMember): Record<ClaimMember['evidence'][number]['kind'], string[]> {
  const lists: Record<ClaimMember['evidence'][number]['kind'], string[]> = { word: [], name: [], number: [] };
  for (const e of member.evidence) if (!lists[e.kind].includes(e.text)) lists[e.kind].push(e.text);
  return lists;
}

/** A piece of a member's sentence: outside or inside the matched part, and a shared term or not. */
export interface EvidencePiece {
  text: string;
  inPart: boolean;
  evidence?: ClaimMember['evidence'][number]['kind'];
}

/**
 * The member's sentence cut at its matched part and at evidence spans (what it shares with another
 * sentence), so a page can highlight the shared words, names and numbers and set off the part that
 * matched in the claim. The pieces join to the sentence.
 */
export function evidencePieces(member: ClaimMember, evidence: readonly ClaimEvidence[]): EvidencePiece[] {
  const cuts = new Set([member.start, member.end, member.part.start, member.part.end]);
  for (const e of evidence) cuts.add(e.start).add(e.end);
  const points = [...cuts].filter((x) => x >= member.start && x <= member.end).sort((a, b) => a - b);
  const pieces: EvidencePiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const kind = evidence.find((e) => e.start <= from && e.end >= to)?.kind;
    pieces.push({
      text: member.text.slice(from - member.start, to - member.start),
      inPart: from >= member.part.start && to <= member.part.end,
      ...(kind !== undefined && { evidence: kind }),
    });
  }
  return pieces;
}
