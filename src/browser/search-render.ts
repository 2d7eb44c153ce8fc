/**
 * Builds the search results as DOM nodes. Text goes in as text nodes only (never innerHTML), so
 * nothing printed by an outlet can become markup.
 */
import type { Hit, SearchResult } from '../search/group.ts';
import { highlightSegments } from '../search/highlight.ts';
import type { SearchStory } from '../search/record.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: Child[]): HTMLAnchorElement {
  const a = el('a', className, ...children);
  a.href = href;
  return a;
}

/** The hit's text with its matched runs in `<mark>`. */
function highlighted(hit: Hit): Child[] {
  return highlightSegments(hit.record.text, hit.ranges).map((s) => (s.mark ? el('mark', '', s.text) : s.text));
}

type Stories = ReadonlyMap<string, SearchStory>;

/** One `<li>` per result, in order. */
export function renderResults(results: readonly SearchResult[], stories: Stories): HTMLLIElement[] {
  return results.map((result) =>
    result.kind === 'quote' ? quoteItem(result.wording, result.members, stories) : sentenceItem(result.hit, stories),
  );
}

function outletName(hit: Hit, stories: Stories): string {
  return stories.get(hit.record.story)?.outlets[hit.record.outlet] ?? hit.record.outlet;
}

/** The story's title, only worth showing when the index holds more than one story. */
function storyNote(hit: Hit, stories: Stories): string[] {
  const title = stories.get(hit.record.story)?.title;
  return stories.size > 1 && title !== undefined ? [` · ${title}`] : [];
}

function quoteItem(wording: Hit, members: readonly Hit[], stories: Stories): HTMLLIElement {
  const outlets = members.length === 1 ? '1 outlet' : `${members.length} outlets`;
  const speaker = wording.record.speaker === undefined ? '' : `, ${wording.record.speaker}`;
  const chips = members.map((member) => {
    const label = member.record.label;
    const tag = label === 'altered' || label === 'trimmed' ? [' ', el('span', `label ${label}`, label)] : [];
    return el('li', '', link(member.record.url, 'chip', outletName(member, stories), ...tag));
  });
  return el(
    'li',
    'result quote-result',
    el('p', 'wording', '“', ...highlighted(wording), '”'),
    el('p', 'meta', `Quote${speaker} · printed by ${outlets}`, ...storyNote(wording, stories)),
    el('ul', 'chips', ...chips),
  );
}

function sentenceItem(hit: Hit, stories: Stories): HTMLLIElement {
  return el(
    'li',
    'result sentence-result',
    el('p', 'meta', `Sentence · ${outletName(hit, stories)}`, ...storyNote(hit, stories)),
    link(hit.record.url, 'sentence', ...highlighted(hit)),
  );
}
