/**
 * Presentation mode of a chapter (`?present` on its URL): large type, one section (h2) at a
 * time. ←/→ and PageUp/PageDown move, Home/End jump, Escape returns to the page at the current
 * section. The page's own content is regrouped into slides, so equations, tables and citations
 * are exactly those of the page; ↑/↓ still scroll a slide taller than the screen.
 */
const content = document.querySelector<HTMLElement>('.sl-markdown-content');
if (new URLSearchParams(location.search).has('present') && content) start(content);

function start(content: HTMLElement): void {
  const root = document.documentElement;
  root.dataset.present = '';
  const title = document.querySelector<HTMLElement>('main h1');

  // Group the content's children into slides: the opening (with the title), one per h2, and
  // the bibliography.
  const groups: HTMLElement[][] = [[]];
  for (const child of [...content.children] as HTMLElement[]) {
    if (child.matches('.sl-heading-wrapper.level-h2, section.bibliography') && groups.at(-1)!.length) groups.push([]);
    groups.at(-1)!.push(child);
  }
  const slides = groups.map((children, i) => {
    const slide = document.createElement('section');
    slide.className = 'present-slide';
    const heading = (i === 0 ? title : children[0]?.querySelector('h2')) ?? null;
    slide.setAttribute('aria-label', heading?.textContent?.trim() ?? `Part ${i + 1}`);
    children[0]?.before(slide);
    slide.append(...children);
    if (i === 0 && title) slide.prepend(title);
    return slide;
  });

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
  const exitLink = document.createElement('a');
  exitLink.textContent = 'Exit (Esc)';
  exitLink.className = 'present-exit';
  bar.append(button('Previous section', '‹ Previous', () => go(current - 1)), counter, button('Next section', 'Next ›', () => go(current + 1)), exitLink, status);
  content.after(bar);

  const anchorOf = (i: number) => slides[i]!.querySelector('h2[id]')?.id ?? '';
  let current = -1;
  function go(i: number, announce = true): void {
    const next = Math.max(0, Math.min(slides.length - 1, i));
    if (next === current) return;
    current = next;
    slides.forEach((s, j) => (s.hidden = j !== current));
    root.dataset.slide = String(current);
    counter.textContent = `${current + 1} / ${slides.length}`;
    const anchor = anchorOf(current);
    const url = `${location.pathname}?present${anchor ? `#${anchor}` : ''}`;
    history.replaceState(null, '', url);
    exitLink.href = `${location.pathname}${anchor ? `#${anchor}` : ''}`;
    window.scrollTo(0, 0);
    if (announce) {
      status.textContent = `Section ${current + 1} of ${slides.length}: ${slides[current]!.getAttribute('aria-label')}`;
      const heading = slides[current]!.querySelector<HTMLElement>('h1, h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  }

  // Start at the section the URL points to (an alias anchor inside a heading counts too).
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const startAt = target ? slides.findIndex((s) => s.contains(target)) : 0;
  go(Math.max(0, startAt), false);

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const t = event.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    const move: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (event.key in move) go(current + move[event.key]!);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(slides.length - 1);
    else if (event.key === 'Escape') location.href = exitLink.href;
    else return;
    event.preventDefault();
  });
}
