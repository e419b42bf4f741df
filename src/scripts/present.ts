/**
 * Presentation mode of a chapter (`?present` on its URL). The chapter's own blocks are laid out
 * as slides that fit the screen: each heading starts a slide; a section longer than a screen
 * continues on the next slide under the same heading; tables, lists and paragraphs too long for a
 * slide are paged (rows, items, sentences). A last "Sources" slide lists the works cited on the
 * slides. The equations, tables and citations are exactly those of the page.
 *
 * Keys: → ↓ PageDown Space N next, ← ↑ PageUp Backspace P previous (clickers send PageUp/Down or
 * the arrows), Home/End first/last, Escape returns to the page at the current section. A swipe
 * moves on touch screens. The URL keeps the section (`?present#anchor`).
 */
import { enhanceDataTables } from './data-table.ts';

interface Slide {
  element: HTMLElement;
  /** The anchor of the section the slide belongs to ('' for the title slide). */
  anchor: string;
  title: string;
}

export function startPresentation(content: HTMLElement): void {
  const root = document.documentElement;
  root.dataset.present = '';
  // The deck is built from a copy of the chapter, so it can be built again when the window changes.
  const template = content.cloneNode(true) as HTMLElement;
  const bibliography = content.querySelector<HTMLElement>('section.bibliography');
  const title = document.querySelector<HTMLElement>('main h1')?.textContent?.trim() ?? document.title;
  const description = document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '';
  const siteName = document.querySelector<HTMLElement>('.site-title')?.textContent?.trim() ?? '';

  const stage = document.createElement('div');
  stage.className = 'present-stage';
  content.replaceChildren(stage);
  // Kept (hidden) so citation previews still find their entries.
  if (bibliography) {
    bibliography.hidden = true;
    content.append(bibliography);
  }

  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const bar = document.createElement('nav');
  bar.className = 'present-bar';
  bar.setAttribute('aria-label', 'Presentation');
  const button = (label: string, text: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    return b;
  };
  const counter = document.createElement('span');
  counter.className = 'present-counter';
  const progress = document.createElement('span');
  progress.className = 'present-progress';
  progress.setAttribute('aria-hidden', 'true');
  const exitLink = document.createElement('a');
  exitLink.textContent = 'Exit (Esc)';
  exitLink.className = 'present-exit';
  bar.append(progress, button('Previous slide', '‹', () => go(current - 1)), counter, button('Next slide', '›', () => go(current + 1)), exitLink, status);
  content.after(bar);

  let slides: Slide[] = [];
  let current = -1;

  function go(i: number, announce = true): void {
    const next = Math.max(0, Math.min(slides.length - 1, i));
    if (next === current) return;
    current = next;
    slides.forEach((s, j) => (s.element.hidden = j !== current));
    const slide = slides[current]!;
    root.dataset.slide = String(current);
    counter.textContent = `${current + 1} / ${slides.length}`;
    progress.style.setProperty('--progress', String((current + 1) / slides.length));
    history.replaceState(null, '', `${location.pathname}?present${slide.anchor ? `#${slide.anchor}` : ''}`);
    exitLink.href = `${location.pathname}${slide.anchor ? `#${slide.anchor}` : ''}`;
    if (announce) {
      status.textContent = `Slide ${current + 1} of ${slides.length}: ${slide.title}`;
      const heading = slide.element.querySelector<HTMLElement>('h1, h2, h3');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  }

  const build = () => {
    const at = slides[current]?.anchor;
    slides = buildDeck(stage, template, { title, description, siteName });
    enhanceDataTables(stage);
    current = -1;
    return at;
  };

  // Start at the section the URL points to (an alias anchor inside a heading counts too).
  build();
  const target = location.hash ? template.querySelector(`[id="${CSS.escape(decodeURIComponent(location.hash.slice(1)))}"]`) : null;
  const anchor = target ? (target.closest('h2, h3') ?? target).id : '';
  go(Math.max(0, anchor ? slides.findIndex((s) => s.anchor === anchor) : 0), false);

  let lastSize = `${innerWidth}x${innerHeight}`;
  let timer = 0;
  window.addEventListener('resize', () => {
    if (`${innerWidth}x${innerHeight}` === lastSize) return;
    lastSize = `${innerWidth}x${innerHeight}`;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const at = build();
      go(Math.max(0, slides.findIndex((s) => s.anchor === at)), false);
    }, 150);
  });

  const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']);
  const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const t = event.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    // Space and Enter press the focused button or link, as everywhere else.
    if (event.key === ' ' && t.closest('button, a, summary')) return;
    if (event.key === ' ' && event.shiftKey) go(current - 1);
    else if (NEXT.has(event.key)) go(current + 1);
    else if (PREVIOUS.has(event.key)) go(current - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(slides.length - 1);
    else if (event.key === 'Escape') location.href = exitLink.href;
    else return;
    event.preventDefault();
  });
  let swipeX: number | undefined;
  stage.addEventListener('pointerdown', (e) => void (swipeX = e.pointerType === 'mouse' ? undefined : e.clientX));
  stage.addEventListener('pointerup', (e) => {
    if (swipeX === undefined) return;
    const dx = e.clientX - swipeX;
    swipeX = undefined;
    if (Math.abs(dx) > 60) go(current + (dx < 0 ? 1 : -1));
  });
}

/** Lays the template's blocks out as slides in `stage`; returns them in order. */
function buildDeck(stage: HTMLElement, template: HTMLElement, meta: { title: string; description: string; siteName: string }): Slide[] {
  stage.replaceChildren();
  const slides: Slide[] = [];
  let anchor = '';
  let heading: HTMLElement | undefined;

  const open = (title: string): HTMLElement => {
    for (const s of slides) s.element.hidden = true;
    const element = document.createElement('section');
    element.className = 'present-slide';
    element.setAttribute('aria-label', title);
    const body = document.createElement('div');
    body.className = 'present-body';
    element.append(body);
    stage.append(element);
    slides.push({ element, anchor, title });
    return body;
  };
  const overflows = (body: HTMLElement) => body.parentElement!.scrollHeight > body.parentElement!.clientHeight + 1;
  // A new slide for the same section, under a copy of its heading (without its id).
  const continuation = (): HTMLElement => {
    const body = open(`${heading?.textContent?.trim() ?? meta.title} (continued)`);
    if (heading) {
      const copy = heading.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
      copy.removeAttribute('id');
      copy.classList.add('present-continued');
      body.append(copy);
    }
    return body;
  };

  // The title slide.
  let body = open(meta.title);
  const h1 = document.createElement('h1');
  h1.textContent = meta.title;
  body.append(h1);
  if (meta.description) body.append(paragraph(meta.description, 'present-lead'));
  if (meta.siteName) body.append(paragraph(meta.siteName, 'present-site'));
  body.parentElement!.classList.add('present-title');
  // What comes before the first heading is a slide of its own.
  body = open(meta.title);

  // Section tools, the bibliography and what is there only for the search index are not slides.
  const blocks = [...template.children].filter((b) => !b.matches('.section-tools, section.bibliography, [hidden], [data-pagefind-index-attrs]')) as HTMLElement[];
  for (const original of blocks) {
    const block = original.cloneNode(true) as HTMLElement;
    const h = block.matches('.sl-heading-wrapper') ? block.querySelector<HTMLElement>('h2, h3') : null;
    if (h && (h.tagName === 'H2' || h.tagName === 'H3')) {
      anchor = h.id;
      heading = block;
      body = open(h.textContent?.trim() ?? '');
      body.append(block);
      continue;
    }
    body.append(block);
    if (!overflows(body)) continue;
    block.remove();
    // A slide holding more than its heading starts over on the next; the block may fit there.
    if (body.children.length > (heading ? 1 : 0)) {
      body = continuation();
      body.append(block);
      if (!overflows(body)) continue;
      block.remove();
    }
    body = pageBlock(block, body, continuation, overflows);
  }

  sourcesSlides(stage, slides, open, overflows);
  slides.forEach((s) => (s.element.hidden = true));
  return slides;
}

/**
 * Puts a block too tall for a whole slide across several: a table a few rows at a time, a list a
 * few items, a paragraph a few sentences; anything else (or a single row or sentence still too
 * tall) is set smaller, and scrolls as a last resort. Returns the last body used.
 */
function pageBlock(block: HTMLElement, body: HTMLElement, continuation: () => HTMLElement, overflows: (b: HTMLElement) => boolean): HTMLElement {
  const table = block.matches('figure.data-table') ? block.querySelector('table') : null;
  const units = table ? [...table.tBodies[0]!.rows].map((row) => [row]) : block.matches('ul, ol') ? [...block.children].map((item) => [item]) : block.matches('p') ? sentences(block) : [];
  if (units.length < 2) {
    body.append(block);
    body.parentElement!.classList.add('present-dense');
    return body;
  }
  const total = units.length;
  let first = 0;
  while (first < total) {
    const piece = block.cloneNode(true) as HTMLElement;
    if (first > 0) piece.removeAttribute('id');
    const holder = table ? piece.querySelector('tbody')! : piece;
    holder.replaceChildren();
    if (first > 0 && block.tagName === 'OL') piece.setAttribute('start', String(first + 1));
    const note = table ? document.createElement('span') : null;
    if (note) {
      note.className = 'present-rows';
      piece.querySelector('figcaption')?.replaceChildren(piece.querySelector('figcaption strong') ?? '', note);
    }
    body.append(piece);
    let n = first;
    while (n < total) {
      holder.append(...units[n]!);
      if (note) note.textContent = ` (rows ${first + 1}–${n + 1} of ${total})`;
      if (overflows(body) && n > first) {
        for (const node of units[n]!) node.remove();
        break;
      }
      n++;
    }
    if (note) note.textContent = ` (rows ${first + 1}–${n} of ${total})`;
    if (overflows(body)) body.parentElement!.classList.add('present-dense');
    first = n;
    if (first < total) body = continuation();
  }
  return body;
}

/** A sentence ends at a full stop, question or exclamation mark and space, unless the stop ends an abbreviation. */
const STOP = String.raw`(?<!\b(?:e\.g|i\.e|al|Figs?|Eqs?|Refs?|ca|vs|cf))[.!?]\s+`;
/** Where a text is cut: after a stop, before a capital. */
const SENTENCE_BREAK = new RegExp(String.raw`(?<=${STOP})(?=\p{Lu})`, 'u');
/** A text that ends a sentence, the next one starting in the element after it. */
const SENTENCE_ENDS = new RegExp(`${STOP}$`, 'u');

/**
 * A paragraph's content as sentences, each a run of its nodes. Only the paragraph's own text is
 * cut, so a citation, a link or a formula always stays whole; a sentence may begin with one (a
 * narrative citation such as "Chen et al. (2021) …").
 */
function sentences(paragraph: HTMLElement): ChildNode[][] {
  const runs: ChildNode[][] = [[]];
  let ended = false;
  for (const node of [...paragraph.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (ended && /^\p{Lu}/u.test(node.textContent ?? '')) runs.push([]);
      ended = false;
      runs.at(-1)!.push(node);
      continue;
    }
    node.textContent!.split(SENTENCE_BREAK).forEach((part, i) => {
      if (i > 0) runs.push([]);
      runs.at(-1)!.push(document.createTextNode(part));
    });
    ended = SENTENCE_ENDS.test(node.textContent!);
  }
  return runs.filter((run) => run.length > 0);
}

/** "Sources": the works cited on the slides, short and numbered as on the page, over as many slides as they need. */
function sourcesSlides(stage: HTMLElement, slides: Slide[], open: (title: string) => HTMLElement, overflows: (b: HTMLElement) => boolean): void {
  const numbers = new Set<number>();
  for (const c of stage.querySelectorAll<HTMLElement>('.citation[data-refs]')) for (const n of c.dataset.refs!.split(' ')) numbers.add(Number(n));
  const entries = [...numbers].sort((a, b) => a - b).flatMap((n) => {
    const li = document.getElementById(`ref-${n}`);
    return li ? [{ n, text: shortReference(li) }] : [];
  });
  if (!entries.length) return;
  let i = 0;
  let page = 0;
  while (i < entries.length) {
    const body = open('Sources');
    const h2 = document.createElement('h2');
    h2.textContent = page++ ? 'Sources (continued)' : 'Sources';
    const list = document.createElement('ol');
    list.className = 'present-sources';
    list.start = entries[i]!.n;
    body.append(h2, list);
    body.parentElement!.classList.add('present-sources-slide');
    const startAt = i;
    while (i < entries.length) {
      const li = document.createElement('li');
      li.value = entries[i]!.n;
      li.textContent = entries[i]!.text;
      list.append(li);
      if (overflows(body) && i > startAt) {
        li.remove();
        break;
      }
      i++;
    }
  }
}

/**
 * "Han et al. 2017, Nat. Mater. 16, 572" from an entry's COinS metadata (every bibliography entry
 * carries it), or the start of its text when there is none.
 */
export function shortReference(entry: Element): string {
  const coins = entry.querySelector('.Z3988')?.getAttribute('title');
  const text = entry.querySelector('.ref-text')?.textContent?.trim() ?? '';
  if (!coins) return text.length > 90 ? `${text.slice(0, 88)}…` : text;
  const q = new URLSearchParams(coins);
  const authors = q.getAll('rft.au');
  const last = q.get('rft.aulast') ?? authors[0]?.split(',')[0] ?? '';
  const who = authors.length > 2 ? `${last} et al.` : authors.length === 2 ? `${last} & ${authors[1]!.split(',')[0]}` : last;
  const year = (q.get('rft.date') ?? '').slice(0, 4);
  const where = [q.get('rft.stitle') ?? q.get('rft.jtitle') ?? q.get('rft.btitle') ?? '', q.get('rft.volume') ?? '', q.get('rft.spage') ?? ''].filter(Boolean).join(' ');
  return [[who, year].filter(Boolean).join(' '), where].filter(Boolean).join(', ') || text;
}

function paragraph(text: string, className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
