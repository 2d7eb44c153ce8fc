/**
 * The /search/ page: loads the root index file, searches as the reader types (debounced), keeps
 * the query and the filters in the URL (?q=&outlet=&story=) so results can be shared, reloaded and
 * walked with Back/Forward, and lets the arrow keys move between the box and the result links.
 */
import { capQuery } from '../search/query.ts';
import { loadSiteSearch, STORIES_PER_FETCH, type Filters, type SiteResults } from '../search/site-search.ts';
import { renderGroups } from './search-render.ts';

/** Long enough to skip the words a fast typist passes through, short enough to feel live. */
const DEBOUNCE_MS = 120;
/**
 * Results shown at first and added by each "Show more": about three screens on a laptop. Building
 * every result of a one-word query (150 for "ISIS" on the shipped story) took longer than the
 * search itself; a reader refines the query long before reading that far.
 */
const RESULTS_PER_PAGE = 30;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`search page: #${id} is missing`);
  return found;
}

const form = element('search-form', HTMLFormElement);
const input = element('search-query', HTMLInputElement);
const outletSelect = element('search-outlet', HTMLSelectElement);
/** Only on a site of several stories. */
const storySelect = document.getElementById('search-story') as HTMLSelectElement | null;
const noScript = element('search-no-js', HTMLElement);
const guide = element('search-guide', HTMLElement);
const status = element('search-status', HTMLElement);
const empty = element('search-empty', HTMLElement);
const list = element('search-results', HTMLElement);
const more = element('search-more', HTMLButtonElement);
const pageTitle = document.title;

noScript.hidden = true;
form.hidden = false;

const site = loadSiteSearch(async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index ${path}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
});
// A failed load is reported by the first search that needs the index (show), not as an unhandled rejection.
site.catch(() => undefined);

/** What is searched: the box and the filters, as the URL holds them. */
interface State {
  query: string;
  filters: Filters;
}

function stateOfPage(): State {
  const outlet = outletSelect.value;
  const story = storySelect?.value ?? '';
  return {
    query: input.value.trim(),
    filters: { ...(outlet !== '' && { outlet }), ...(story !== '' && { story }) },
  };
}

function stateInUrl(): State {
  const params = new URLSearchParams(location.search);
  const outlet = params.get('outlet') ?? '';
  const story = params.get('story') ?? '';
  return {
    query: capQuery(params.get('q') ?? '').trim(),
    filters: { ...(outlet !== '' && { outlet }), ...(story !== '' && { story }) },
  };
}

/** Puts a state in the box and the menus; a filter value the menu does not offer is dropped. */
function showState(state: State): void {
  input.value = state.query;
  outletSelect.value = state.filters.outlet ?? '';
  if (outletSelect.value !== (state.filters.outlet ?? '')) outletSelect.value = '';
  if (storySelect !== null) {
    storySelect.value = state.filters.story ?? '';
    if (storySelect.value !== (state.filters.story ?? '')) storySelect.value = '';
  }
}

let latest = 0;
let storiesWanted = STORIES_PER_FETCH;
let resultsShown = RESULTS_PER_PAGE;
/** The last results, with whether the site has several stories: "Show more" shows more of them. */
let last: { found: SiteResults; many: boolean } | undefined;

async function show(state: State): Promise<void> {
  const request = ++latest;
  const { query, filters } = state;
  document.title = query === '' ? pageTitle : `${query} – ${pageTitle}`;
  guide.hidden = query !== '';
  if (query === '') {
    last = undefined;
    empty.hidden = true;
    more.hidden = true;
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let found: SiteResults;
  let many: boolean;
  try {
    const search = await site;
    many = search.root.stories.length > 1;
    // Marks for `npm run bench`: the search itself (fetching what it needs, matching, grouping), without the DOM work.
    const start = performance.now();
    found = await search.search(query, filters, storiesWanted);
    performance.measure('parallax:search-query', { start });
  } catch (error) {
    if (request !== latest) return;
    status.textContent = 'Search could not load its index.';
    noScript.hidden = false;
    throw error;
  }
  if (request !== latest) return;
  last = { found, many };
  render();
  const results = found.groups.flatMap((g) => g.results);
  empty.hidden = results.length > 0;
  status.textContent = summary(state, results, found.groups.length, many);
  if (performance.getEntriesByName('parallax:search-first-results').length === 0)
    performance.mark('parallax:search-first-results');
}

/** Shows the last results, as many as asked for, and what "Show more" would add. */
function render(): void {
  if (last === undefined) return;
  const { found, many } = last;
  list.replaceChildren(...renderGroups(found.groups, many, resultsShown));
  const hidden = found.groups.reduce((sum, g) => sum + g.results.length, 0) - resultsShown;
  more.hidden = hidden <= 0 && found.moreStories === 0;
  more.textContent =
    hidden > 0
      ? `Show ${count(Math.min(hidden, RESULTS_PER_PAGE), 'more result')} (${hidden} not shown)`
      : `Search ${count(found.moreStories, 'more story', 'more stories')}`;
}

function summary(state: State, results: readonly { kind: string }[], stories: number, many: boolean): string {
  const where = [
    state.filters.outlet === undefined ? '' : ` in ${optionText(outletSelect, state.filters.outlet)}`,
    state.filters.story === undefined || storySelect === null
      ? ''
      : ` in “${optionText(storySelect, state.filters.story)}”`,
  ].join('');
  if (results.length === 0) return `No quote or sentence matches “${state.query}”${where}.`;
  const quotes = results.filter((r) => r.kind === 'quote').length;
  const sentences = results.length - quotes;
  const parts = [quotes > 0 ? count(quotes, 'quote') : '', sentences > 0 ? count(sentences, 'sentence') : ''];
  const inStories = many ? ` from ${count(stories, 'story', 'stories')}` : '';
  return `${parts.filter(Boolean).join(' and ')}${inStories} for “${state.query}”${where}.`;
}

function optionText(select: HTMLSelectElement, value: string): string {
  return [...select.options].find((o) => o.value === value)?.text ?? value;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * The first change after a load, a Back/Forward, an Enter or a filter adds a history entry; the
 * keystrokes that follow replace it, so Back goes to the previous search, not the previous letter.
 */
let pushNext = true;

function remember(state: State): void {
  const url = new URL(location.href);
  const set = (name: string, value: string | undefined) => {
    if (value === undefined || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  };
  set('q', state.query);
  set('outlet', state.filters.outlet);
  set('story', state.filters.story);
  if (url.href !== location.href) history[pushNext ? 'pushState' : 'replaceState'](null, '', url);
  pushNext = false;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Searches what the page shows now; `push` starts a new history entry. */
function searchNow(push: boolean): void {
  clearTimeout(timer);
  storiesWanted = STORIES_PER_FETCH;
  resultsShown = RESULTS_PER_PAGE;
  const state = stateOfPage();
  if (push) pushNext = true;
  remember(state);
  if (push) pushNext = true;
  void show(state);
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => searchNow(false), DEBOUNCE_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow(true);
});

for (const select of [outletSelect, storySelect]) select?.addEventListener('change', () => searchNow(true));

more.addEventListener('click', () => {
  const hidden = (last?.found.groups.reduce((sum, g) => sum + g.results.length, 0) ?? 0) - resultsShown;
  resultsShown += RESULTS_PER_PAGE;
  if (hidden > 0) render();
  else {
    storiesWanted += STORIES_PER_FETCH;
    void show(stateOfPage());
  }
});

addEventListener('popstate', () => {
  clearTimeout(timer);
  const state = stateInUrl();
  showState(state);
  pushNext = true;
  storiesWanted = STORIES_PER_FETCH;
  resultsShown = RESULTS_PER_PAGE;
  void show(stateOfPage());
});

guide.addEventListener('click', (event) => {
  const example = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-query]') : null;
  if (example === null || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  input.value = example.dataset['query'] ?? '';
  searchNow(true);
  input.focus();
});

// ↓ from the box enters the results; ↑/↓ move between result links; ↑ from the first or Escape
// goes back to the box.
input.addEventListener('keydown', (event) => {
  const first = list.querySelector('a');
  if (event.key === 'ArrowDown' && first !== null) {
    event.preventDefault();
    first.focus();
  }
});

list.addEventListener('keydown', (event) => {
  if (!(event.target instanceof HTMLAnchorElement)) return;
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(event.target);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    (links[at + (event.key === 'ArrowDown' ? 1 : -1)] ?? (event.key === 'ArrowUp' ? input : event.target)).focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    input.focus();
  }
});

showState(stateInUrl());
input.focus();
void show(stateOfPage());
