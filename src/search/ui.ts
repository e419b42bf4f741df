/**
 * The site search, in Starlight's search dialog, on Pagefind's JS API.
 *
 * Why not Pagefind UI (what Starlight ships): it sends the values ticked in one filter group as
 * "all of these" and searches nothing until a query is typed, and Starlight passes it no
 * ranking, highlight or query options beyond its schema. A researcher ticks two values of a
 * filter meaning either, and browses two filters' values together without a query. This form does
 * both, normalises formulas in the query (query.ts), and shows two lists ranked on their own —
 * the best chapter sections and pages, and the best works — each with its own "more", works
 * first when the query names an author (ranking.ts). Excerpts are cut from the page's own text
 * (excerpt.ts); filter counts follow the query.
 *
 * Speed: Pagefind (its script, WebAssembly and filter index) starts loading when the reader
 * points at or focuses the search button, the index chunks for a query load as it is typed
 * (pagefind.preload), and a result list waits only for the few pages it shows.
 */
import type { FacetLabels, PageKind } from './facets.ts';
import { listFilters, normaliseQuery, pagefindFilters, shouldSearch, withoutGroup, type FilterSelection, type PagefindFilters } from './query.ts';
import { HIGHLIGHT_PARAM, SEARCH_RANKING, namesAuthor } from './ranking.ts';
import { excerpt, matchedSections, pageText, type PageData, type Run } from './excerpt.ts';
import { queryTerms } from './match.ts';
import { foldWord } from './search-terms.ts';

interface PagefindData extends PageData {
  url: string;
  locations: number[];
}
interface PagefindResult { id: string; data(): Promise<PagefindData> }
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch { results: PagefindResult[]; filters: Counts }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  preload(q: string, o?: { filters: PagefindFilters }): Promise<void>;
  search(q: string | null, o: { filters: PagefindFilters }): Promise<PagefindSearch>;
}

const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}pagefind/`;
/** Results shown per list before its "more" button, and sections shown per page. */
const FIRST = 3;
const MORE = 10;
const SECTIONS = 2;
/** Typing pause before a search runs; the index chunks load during it (preload). */
const DEBOUNCE_MS = 60;
const WORK: PageKind = 'work';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // baseUrl: result links under a deploy sub-path (/atlas/), as Starlight gives Pagefind UI.
    await pf.options({ baseUrl: import.meta.env.BASE_URL, ranking: SEARCH_RANKING });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Elements built with text, never with HTML strings from our own data. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}


type ListId = 'pages' | 'works';
const LISTS: Record<ListId, { title: string; more: string }> = {
  pages: { title: 'Chapters and pages', more: 'More chapters and pages' },
  works: { title: 'Works', more: 'More works' },
};

/** A result list: its results, and how many of them are shown. */
interface ListState { results: PagefindResult[]; shown: number }
/** What one search showed: its query terms (for excerpts and highlights) and each list's state. */
interface Shown { terms: string[]; lists: Partial<Record<ListId, ListState>> }

/** Loads the next `n` results of a list. */
function take(state: ListState, n: number): Promise<PagefindData[]> {
  const batch = state.results.slice(state.shown, state.shown + n);
  state.shown += batch.length;
  return Promise.all(batch.map((r) => r.data()));
}

class AtlasSearch extends HTMLElement {
  /** facetLabels() as serialised by Search.astro: its groups are the filters, in their order. */
  #labels: FacetLabels = JSON.parse(this.dataset.labels ?? '{"groups":{},"values":{}}') as FacetLabels;
  #selection: Record<string, string[]> = {};
  #searchId = 0;
  #shown: Shown = { terms: [], lists: {} };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #counts = new Map<string, HTMLElement>();
  #totals: Counts = {};

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
    const shortcut = open.querySelector('kbd');
    if (shortcut) {
      if (/(Mac|iPhone|iPod|iPad)/iu.test(navigator.platform)) {
        const key = shortcut.querySelector('[data-platform-key]')!;
        // The accessible name repeats the visible shortcut (WCAG 2.5.3), so it changes with it.
        open.setAttribute('aria-label', (open.getAttribute('aria-label') ?? '').replace(key.textContent ?? '', '⌘'));
        key.textContent = '⌘';
        open.setAttribute('aria-keyshortcuts', 'Meta+K');
      }
      shortcut.hidden = false;
    }
    // Load early, not on page load: the first hint that the reader will search.
    const warm = () => void this.#initFilters();
    for (const type of ['pointerenter', 'focus', 'touchstart']) open.addEventListener(type, warm, { once: true, passive: true });
    const openModal = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      event?.stopPropagation();
      warm();
    };
    open.addEventListener('click', openModal);
    open.disabled = false;
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
    // A click on the backdrop (outside the frame) or on a result link closes the dialog.
    dialog.addEventListener('click', (e) => {
      const target = e.target as Element;
      if (target === dialog || target.closest('a[href]')) dialog.close();
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else openModal();
      }
    });
    input.addEventListener('input', () => {
      const query = normaliseQuery(input.value);
      // Fetch the index chunks for what is typed so far while the pause runs.
      if (query) void loadPagefind().then((pf) => pf.preload(query)).catch(() => {});
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
  }

  #filtersReady: Promise<void> | undefined;
  #initFilters(): Promise<void> {
    this.#filtersReady ??= (async () => {
      const status = this.querySelector<HTMLElement>('[data-status]')!;
      let pf: Pagefind;
      try {
        pf = await loadPagefind();
      } catch {
        status.textContent = 'Search is available in the built site (npm start), not in the dev server.';
        return;
      }
      const available = (this.#totals = await pf.filters());
      const box = this.querySelector('[data-filters]')!;
      for (const group of Object.keys(this.#labels.groups)) {
        const values = available[group];
        if (!values || !Object.keys(values).length) continue;
        const labels = this.#labels.values[group] ?? {};
        const fieldset = el('fieldset', {}, el('legend', {}, this.#labels.groups[group] ?? group));
        const order = Object.keys(labels);
        const keys = Object.keys(values).sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
        for (const value of keys) {
          const box = el('input', { type: 'checkbox', name: group, value });
          box.addEventListener('change', () => {
            const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
            this.#selection[group] = chosen;
            this.#updateFilterCount();
            void this.#search();
          });
          const count = el('span', { className: 'count' });
          this.#counts.set(countKey(group, value), count);
          fieldset.append(el('label', {}, box, ` ${labels[value] ?? value} `, count));
        }
        box.append(fieldset);
      }
      // Before any search; a search shows counts that follow its query.
      if (!this.#searchId) this.#showCounts(available);
    })();
    return this.#filtersReady;
  }

  #updateFilterCount() {
    const n = Object.values(this.#selection).reduce((sum, v) => sum + v.length, 0);
    this.querySelector('[data-filter-count]')!.textContent = n ? `(${n} selected)` : '';
  }

  /** Each value's count: how many results ticking it would give with the query and the other groups. */
  #showCounts(counts: Counts) {
    for (const [key, span] of this.#counts) {
      const [group, value] = key.split('\u0000') as [string, string];
      const n = counts[group]?.[value] ?? 0;
      span.textContent = `(${n})`;
      span.closest('label')?.classList.toggle('none', n === 0);
    }
  }

  async #search() {
    const id = ++this.#searchId;
    const raw = this.querySelector<HTMLInputElement>('[data-search-input]')!.value;
    const query = normaliseQuery(raw);
    const selection: FilterSelection = { ...this.#selection };
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const box = this.querySelector('[data-results]')!;
    if (!shouldSearch(query, selection)) {
      box.replaceChildren();
      status.textContent = '';
      this.#shown = { terms: [], lists: {} };
      if (this.#counts.size) this.#showCounts(this.#totals);
      return;
    }
    const pf = await loadPagefind();
    const filters = listFilters(selection, WORK);
    // Each list loads its first results' fragments as soon as its own search is done.
    const run = async (f: PagefindFilters | undefined) => {
      if (!f) return undefined;
      const state: ListState = { results: (await pf.search(query || null, { filters: f })).results, shown: 0 };
      return { state, data: id === this.#searchId ? await take(state, FIRST) : [] };
    };
    const [pages, works] = await Promise.all([run(filters.pages), run(filters.works)]);
    if (id !== this.#searchId) return; // a newer search has started
    const shown: Shown = { terms: queryTerms(query), lists: {} };
    if (pages) shown.lists.pages = pages.state;
    if (works) shown.lists.works = works.state;
    const pageData = pages?.data ?? [];
    const workData = works?.data ?? [];
    this.#shown = shown;
    // "Han coatings", "Han 2017": the works by that author lead, ahead of the chapters.
    const byAuthor = (d: PagefindData) => !!query && namesAuthor(query, d.meta.authors ?? '');
    const authorLed = workData.some(byAuthor);
    if (authorLed) workData.sort((a, b) => Number(byAuthor(b)) - Number(byAuthor(a)));
    const total = (pages?.state.results.length ?? 0) + (works?.state.results.length ?? 0);
    const what = query ? `for “${raw.trim()}”` : 'with these filters';
    status.textContent = total === 0 ? `No results ${what}` : `${total} result${total === 1 ? '' : 's'} ${what}`;
    const lists = (['pages', 'works'] as const).filter((l) => shown.lists[l]?.results.length);
    if (authorLed) lists.reverse();
    box.replaceChildren(...lists.map((l) => this.#renderList(l, l === 'pages' ? pageData : workData)));
    void this.#updateCounts(pf, id, query, selection);
  }

  /**
   * Counts that follow the query: each value, how many results ticking it would give. A group with
   * ticked values is counted without them (values in a group are alternatives); the other groups
   * share one search with the whole selection.
   */
  async #updateCounts(pf: Pagefind, id: number, query: string, selection: FilterSelection) {
    await this.#initFilters();
    const counts: Counts = {};
    let unselected: Promise<PagefindSearch> | undefined;
    for (const group of Object.keys(this.#labels.groups)) {
      const ticked = !!selection[group]?.length;
      const search = ticked
        ? pf.search(query || null, { filters: pagefindFilters(withoutGroup(selection, group)) })
        : (unselected ??= pf.search(query || null, { filters: pagefindFilters(selection) }));
      counts[group] = (await search).filters[group] ?? {};
    }
    if (id === this.#searchId) this.#showCounts(counts);
  }

  #renderList(list: ListId, data: PagefindData[]): HTMLElement {
    const state = this.#shown.lists[list]!;
    const items = el('ol', { className: 'results' });
    const render = (d: PagefindData) => (list === 'works' ? this.#renderWork(d) : this.#renderPage(d));
    items.append(...data.map(render));
    const more = el('button', { type: 'button', className: 'more' }, LISTS[list].more);
    const toggle = () => (more.hidden = state.shown >= state.results.length);
    more.addEventListener('click', async () => {
      const shown = this.#shown;
      const next = await take(state, MORE);
      if (shown !== this.#shown) return;
      items.append(...next.map(render));
      toggle();
    });
    toggle();
    const heading = el('h2', {}, LISTS[list].title, el('span', { className: 'count' }, ` (${state.results.length})`));
    const section = el('section', { className: 'list' }, heading, items, more);
    section.dataset.list = list;
    return section;
  }

  #renderPage(d: PagefindData): HTMLLIElement {
    const { terms } = this.#shown;
    const kind = d.meta.kind ?? '';
    const item = el('li', { className: 'result' });
    item.dataset.kind = kind;
    const text = pageText(d.content);
    const parts = matchedSections(d).slice(0, SECTIONS).map((s) => ({ s, ex: excerpt(text, { ...s, terms, length: 20 }) }));
    item.append(el('a', { className: 'result-link', href: this.#link(d.url, parts.flatMap((p) => p.ex.names)) }, d.meta.title || d.url));
    if (kind) item.append(el('span', { className: 'kind' }, this.#labels.values.kind?.[kind] ?? kind));
    const withHeading = parts.filter((p) => p.s.anchor);
    if (withHeading.length) {
      const ul = el('ul');
      for (const { s, ex } of withHeading) {
        ul.append(el('li', {}, el('a', { className: 'sub-link', href: this.#link(d.url, ex.names, s.anchor) }, s.title), paragraph(ex.runs)));
      }
      item.append(ul);
    } else if (parts[0]) {
      item.append(paragraph(parts[0].ex.runs));
    }
    return item;
  }

  #renderWork(d: PagefindData): HTMLLIElement {
    const item = el('li', { className: 'result' });
    item.dataset.kind = d.meta.kind ?? WORK;
    const text = pageText(d.content);
    const ex = excerpt(text, { start: 0, end: text.words.length, locations: d.locations, terms: this.#shown.terms, length: 40 });
    item.append(el('a', { className: 'result-link', href: this.#link(d.url, ex.names) }, d.meta.title || d.meta.authors || d.url));
    item.append(el('span', { className: 'kind' }, this.#labels.values.kind?.[WORK] ?? WORK), paragraph(ex.runs));
    return item;
  }

  /** A result link that carries what to highlight: the query's words and the page's names for them. */
  #link(url: string, names: string[], anchor = ''): string {
    const link = new URL(url, location.origin);
    // A name the query's terms already mark (CaCO3-coated for CaCO3) adds nothing.
    const { terms } = this.#shown;
    const values = [...new Set([...terms, ...names.filter((n) => !terms.some((t) => foldWord(n).startsWith(t)))])];
    for (const v of values) link.searchParams.append(HIGHLIGHT_PARAM, v);
    link.hash = anchor;
    return link.origin === location.origin ? `${link.pathname}${link.search}${link.hash}` : link.href;
  }
}

function paragraph(runs: Run[]): HTMLParagraphElement {
  return el('p', { className: 'excerpt' }, ...runs.map((r) => (r.mark ? el('mark', {}, r.text) : r.text)));
}

const countKey = (group: string, value: string) => `${group}\u0000${value}`;

const rank = (order: string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

customElements.define('atlas-search', AtlasSearch);

// On a page opened from a search result, mark the searched words (highlight.ts).
const searched = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
if (searched.length) {
  void import('./highlight.ts').then(({ highlight, needlesFromParams }) => {
    const root = document.querySelector('main') ?? document.body;
    highlight(root, needlesFromParams(searched));
  });
}
