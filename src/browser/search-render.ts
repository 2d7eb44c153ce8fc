/**
 * Builds the search results as DOM nodes. Text goes in as text nodes only (never innerHTML), so
 * nothing printed by an outlet can become markup.
 */
import type { Shown, SearchResult } from '../search/group.ts';
import { highlightSegments } from '../search/highlight.ts';
import type { StoryResults } from '../search/site-search.ts';

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

/** The text with its matched runs in `<mark>`. */
function highlighted(shown: Shown): Child[] {
  return highlightSegments(shown.record.text, shown.ranges).map((s) => (s.mark ? el('mark', '', s.text) : s.text));
}

/**
 * The results of each story, best story first, up to `limit` results in all: one list per story,
 * under the story's title when the site has more than one story.
 */
export function renderGroups(groups: readonly StoryResults[], manyStories: boolean, limit: number): HTMLElement[] {
  let left = limit;
  return groups.flatMap((group) => {
    if (left <= 0) return [];
    const shown = group.results.slice(0, left);
    left -= shown.length;
    const list = el('ol', 'results', ...shown.map((result) => resultItem(result, group.outlets)));
    if (!manyStories) return [list];
    return [el('section', 'story-results', el('h2', 'story-title', group.story.title), list)];
  });
}

function resultItem(result: SearchResult, outlets: Readonly<Record<string, string>>): HTMLLIElement {
  const name = (shown: Shown) => outlets[shown.record.outlet] ?? shown.record.outlet;
  if (result.kind === 'sentence')
    return el(
      'li',
      'result sentence-result',
      el('p', 'meta', `Sentence · ${name(result.hit)}`),
      link(result.hit.record.url, 'sentence', ...highlighted(result.hit)),
    );
  const { wording, members } = result;
  const speaker = wording.record.speaker;
  const chips = members.map((member) => {
    const label = member.record.label ?? 'verbatim';
    return el('li', '', link(member.record.url, 'chip', name(member), ' ', el('span', `label ${label}`, label)));
  });
  return el(
    'li',
    'result quote-result',
    el('p', 'wording', '“', ...highlighted(wording), '”'),
    el(
      'p',
      'meta',
      `Quote · ${speaker === undefined ? 'speaker not named' : `attributed to ${speaker}`} · printed by ${
        members.length === 1 ? '1 outlet' : `${members.length} outlets`
      }:`,
    ),
    el('ul', 'chips', ...chips),
  );
}
