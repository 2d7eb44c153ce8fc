/** Word diffs as a reader sees them: changes grouped into phrases. */
import { wordDiff, type DiffPart } from '../lib/index.ts';

/**
 * Word diff of two sentences for display: the engine's exact diff (joining the parts that are not
 * `added` gives `from`, those not `removed` give `to`), read as phrases.
 */
export function phraseDiff(from: string, to: string): PhrasePart[] {
  return phrases(wordDiff(from, to));
}

/** A part of a diff as shown. */
export interface PhrasePart extends DiffPart {
  /**
   * A change of punctuation alone (a full stop inside or outside the closing quotation mark, a
   * comma): set on a removal or an addition that has no letter or digit, in a run of changes with
   * none either. It is shown as the outlet's plain text, never as a change.
   */
  punctuation?: true;
}

const changed = (part: DiffPart | undefined): boolean => part !== undefined && (part.added || part.removed);
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/**
 * An exact diff with changes separated only by a space merged into one removal and one addition,
 * so a reworded phrase reads as a phrase rather than as alternating single words, and changes of
 * punctuation alone marked as such. Both wordings still rebuild exactly.
 */
export function phrases(parts: readonly DiffPart[]): PhrasePart[] {
  const out: PhrasePart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i];
    if (part === undefined) break;
    if (!changed(part)) {
      out.push(part);
      i += 1;
      continue;
    }
    // A run of changes, bridging unchanged whitespace that has changes on both sides.
    let removed = '';
    let added = '';
    let j = i;
    for (; j < parts.length; j += 1) {
      const p = parts[j];
      if (p === undefined) break;
      if (p.removed) removed += p.value;
      else if (p.added) added += p.value;
      else if (/^\s+$/.test(p.value) && changed(parts[j + 1])) {
        removed += p.value;
        added += p.value;
      } else break;
    }
    const punctuation = WORDLESS.test(removed) && WORDLESS.test(added) ? { punctuation: true as const } : {};
    if (removed !== '') out.push({ value: removed, added: false, removed: true, ...punctuation });
    if (added !== '') out.push({ value: added, added: true, removed: false, ...punctuation });
    i = j;
  }
  return out;
}
