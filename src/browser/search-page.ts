/**
 * The /search/ page: loads the prebuilt index, searches as the reader types (debounced), keeps the
 * query in the URL (?q=) so results can be shared, reloaded and walked with Back/Forward, and lets
 * the arrow keys move between the input and the result links.
 */
import { clusterMembers, groupResults, type SearchResult } from '../search/group.ts';
import { loadSearcher } from '../search/options.ts';
import type { SearchIndexFile } from '../search/record.ts';
import { pathWithBase } from '../view/urls.ts';
import { renderResults } from './search-render.ts';

/** Long enough to skip the words a fast typist passes through, short enough to feel live. */
const DEBOUNCE_MS = 120;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`search page: #${id} is missing`);
  return found;
}

const form = element('search-form', HTMLFormElement);
const input = element('search-query', HTMLInputElement);
const noScript = element('search-no-js', HTMLElement);
const guide = element('search-guide', HTMLElement);
const status = element('search-status', HTMLElement);
const empty = element('search-empty', HTMLElement);
const list = element('search-results', HTMLOListElement);
const pageTitle = document.title;

noScript.hidden = true;
form.hidden = false;

type Run = (query: string) => { results: SearchResult[]; items: HTMLLIElement[] };

const ready: Promise<Run> = fetch(pathWithBase('/search-index.json'))
  .then((response) => {
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    return response.json() as Promise<SearchIndexFile>;
  })
  .then((file) => {
    const search = loadSearcher(file.records, file.index);
    const members = clusterMembers(file.records);
    const stories = new Map(file.stories.map((story) => [story.slug, story]));
    return (query) => {
      // Marks for `npm run bench`: the search itself, without the DOM work.
      const start = performance.now();
      const results = groupResults(search(query), members);
      performance.measure('parallax:search-query', { start });
      return { results, items: renderResults(results, stories) };
    };
  });

let latest = 0;

async function show(query: string): Promise<void> {
  const request = ++latest;
  document.title = query === '' ? pageTitle : `${query} – ${pageTitle}`;
  guide.hidden = query !== '';
  if (query === '') {
    empty.hidden = true;
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let run: Run;
  try {
    run = await ready;
  } catch (error) {
    status.textContent = 'Search could not load its index.';
    noScript.hidden = false;
    throw error;
  }
  if (request !== latest) return;
  const { results, items } = run(query);
  list.replaceChildren(...items);
  empty.hidden = results.length > 0;
  status.textContent = summary(query, results);
  if (performance.getEntriesByName('parallax:search-first-results').length === 0)
    performance.mark('parallax:search-first-results');
}

function summary(query: string, results: readonly SearchResult[]): string {
  const quotes = results.filter((r) => r.kind === 'quote').length;
  const sentences = results.length - quotes;
  if (results.length === 0) return `No quote or sentence matches “${query}”.`;
  const parts = [quotes > 0 ? count(quotes, 'quote') : '', sentences > 0 ? count(sentences, 'sentence') : ''].filter(
    Boolean,
  );
  return `${parts.join(' and ')} for “${query}”.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function queryInUrl(): string {
  return (new URLSearchParams(location.search).get('q') ?? '').trim();
}

/**
 * The first change after a load, a Back/Forward or an Enter adds a history entry; the keystrokes
 * that follow replace it, so Back goes to the previous search, not the previous letter.
 */
let pushNext = true;

function remember(query: string): void {
  const url = new URL(location.href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (url.href !== location.href) history[pushNext ? 'pushState' : 'replaceState'](null, '', url);
  pushNext = false;
}

let timer: ReturnType<typeof setTimeout> | undefined;

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const query = input.value.trim();
    remember(query);
    void show(query);
  }, DEBOUNCE_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  const query = input.value.trim();
  remember(query);
  pushNext = true;
  void show(query);
});

addEventListener('popstate', () => {
  clearTimeout(timer);
  input.value = queryInUrl();
  pushNext = true;
  void show(input.value);
});

guide.addEventListener('click', (event) => {
  const example = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-query]') : null;
  if (example === null || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  input.value = example.dataset['query'] ?? '';
  pushNext = true;
  remember(input.value);
  void show(input.value);
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

input.value = queryInUrl();
input.focus();
void show(input.value);
