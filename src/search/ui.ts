/**
 * The site search, in Starlight's search dialog, on Pagefind's JS API.
 *
 * Why not Pagefind UI (what Starlight ships): it sends the values ticked in one filter group as
 * "all of these" and searches nothing until a query is typed, and Starlight passes it no
 * ranking, highlight or query options beyond its schema. A researcher ticks "cathode" and
 * "anode" meaning either, and browses "sulfide + strategy" without a query. This form does
 * both, normalises formulas in the query (query.ts), ranks with SEARCH_RANKING, and adds the
 * highlight parameter that pagefind-highlight.js reads on the result page.
 */
import { FACET_GROUPS } from './facets.ts';
import { normaliseQuery, pagefindFilters, shouldSearch, type FilterSelection } from './query.ts';
import { HIGHLIGHT_PARAM, SEARCH_RANKING } from './ranking.ts';
import { withoutTerms } from './term-markers.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: unknown }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: { filters: Record<string, unknown> }): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> }>;
}

const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}pagefind/`;
const PAGE_SIZE = 10;
const SUB_RESULTS = 3;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // baseUrl: result links under a deploy sub-path (/atlas/), as Starlight gives Pagefind UI.
    await pf.options({ baseUrl: import.meta.env.BASE_URL, ranking: SEARCH_RANKING, highlightParam: HIGHLIGHT_PARAM });
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

/** facetLabels() as serialised by Search.astro. */
interface Labels { groups: Record<string, string>; values: Record<string, Record<string, string>> }

class AtlasSearch extends HTMLElement {
  #labels: Labels = JSON.parse(this.dataset.labels ?? '{"groups":{},"values":{}}') as Labels;
  #selection: Record<string, string[]> = {};
  #searchId = 0;
  #results: PagefindResult[] = [];
  #shown = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

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
    const openModal = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      event?.stopPropagation();
      void this.#initFilters();
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
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 150);
    });
    this.querySelector('[data-more]')!.addEventListener('click', () => void this.#showMore());
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
      const available = await pf.filters();
      const box = this.querySelector('[data-filters]')!;
      for (const group of FACET_GROUPS) {
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
          fieldset.append(el('label', {}, box, ` ${labels[value] ?? value} `, el('span', { className: 'count' }, `(${values[value] ?? 0})`)));
        }
        box.append(fieldset);
      }
    })();
    return this.#filtersReady;
  }

  #updateFilterCount() {
    const n = Object.values(this.#selection).reduce((sum, v) => sum + v.length, 0);
    this.querySelector('[data-filter-count]')!.textContent = n ? `(${n} selected)` : '';
  }

  async #search() {
    const id = ++this.#searchId;
    const raw = this.querySelector<HTMLInputElement>('[data-search-input]')!.value;
    const query = normaliseQuery(raw);
    const selection: FilterSelection = this.#selection;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector('[data-results]')!;
    if (!shouldSearch(query, selection)) {
      list.replaceChildren();
      status.textContent = '';
      this.#results = [];
      this.#toggleMore();
      return;
    }
    const pf = await loadPagefind();
    const { results } = await pf.search(query || null, { filters: pagefindFilters(selection) });
    if (id !== this.#searchId) return; // a newer search has started
    this.#results = results;
    this.#shown = 0;
    list.replaceChildren();
    const what = query ? `for “${raw.trim()}”` : 'with these filters';
    status.textContent = results.length === 0 ? `No results ${what}` : `${results.length} result${results.length === 1 ? '' : 's'} ${what}`;
    await this.#showMore(id);
  }

  async #showMore(id = this.#searchId) {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== this.#searchId) return;
    const list = this.querySelector('[data-results]')!;
    for (const d of data) list.append(this.#renderResult(d));
    this.#toggleMore();
  }

  #toggleMore() {
    this.querySelector<HTMLButtonElement>('[data-more]')!.hidden = this.#shown >= this.#results.length;
  }

  #renderResult(d: PagefindData): HTMLLIElement {
    const kind = d.meta.kind ?? '';
    const title = d.meta.title || d.url;
    const item = el('li', { className: 'result' });
    item.dataset.kind = kind;
    const link = el('a', { className: 'result-link', href: d.url }, title);
    item.append(link);
    if (kind) item.append(el('span', { className: 'kind' }, this.#labels.values.kind?.[kind] ?? kind));
    // Sections that match (headings with ids), best first as Pagefind orders them; a page
    // without matching sections shows its page-level excerpt.
    const subs = d.sub_results.filter((s) => s.anchor).slice(0, SUB_RESULTS);
    if (subs.length) {
      const ul = el('ul');
      for (const s of subs) {
        ul.append(el('li', {}, el('a', { className: 'sub-link', href: s.url }, s.title), excerpt(s.excerpt)));
      }
      item.append(ul);
    } else {
      item.append(excerpt(d.excerpt));
    }
    return item;
  }
}

/**
 * Pagefind's excerpt is the indexed text, HTML-escaped by Pagefind, with the matched words in
 * <mark>. Rebuild it from text so nothing but those marks can reach the page, and without the
 * indexed synonyms of glossary terms (term-markers.ts).
 */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', { className: 'excerpt' });
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const runs = [...parsed.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
  for (const run of withoutTerms(runs)) p.append(run.mark ? el('mark', {}, run.text) : run.text);
  return p;
}

const rank = (order: string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

customElements.define('atlas-search', AtlasSearch);

// On a page opened from a search result, highlight the searched words (Pagefind's script).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import(/* @vite-ignore */ `${BUNDLE}pagefind-highlight.js`).then(() => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (o: { highlightParam: string }) => unknown };
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM });
  });
}
