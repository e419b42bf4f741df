/**
 * Marks the table of contents' link to the section being read (`aria-current`), in place of
 * Starlight's own script (swapped in by src/build/lean-toc.ts; Starlight's markup and styles stay).
 *
 * Starlight's script observes every block of the page with selectors built on `:has()`, which on
 * a long chapter (5,000 elements, a bibliography, tables) took ~40 ms per table of contents on a
 * laptop and ~160 ms on a phone, twice (the sidebar's and the phone's), while the page loaded.
 * This one reads only the headings the contents link to, when the reader scrolls, at most once
 * a frame: the current section is the last heading above a line just below the page's header,
 * found by bisection in document order (a dozen positions read, not thousands observed).
 *
 * The class keeps Starlight's API — the `current` setter and the element name — because
 * Starlight's phone table of contents (`mobile-starlight-toc`) extends it.
 */
export class StarlightTOC extends HTMLElement {
  private currentLink: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');

  set current(link: HTMLAnchorElement) {
    if (link === this.currentLink) return;
    this.currentLink?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.currentLink = link;
  }

  constructor() {
    super();
    // After the page is drawn and idle: nothing is highlighted wrongly before then (the server
    // marks the first link), and the load's main thread is left to the page.
    const onIdle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    onIdle(() => this.init());
  }

  private init(): void {
    const pairs = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((p): p is { link: HTMLAnchorElement; heading: HTMLElement } => p.heading !== null);
    if (!pairs.length) return;
    const header = document.querySelector('header');
    const summary = this.querySelector('summary');

    const update = () => {
      // Starlight's line: below the header (and the phone's contents bar), 32 px of room, and
      // the 53 px band its observer used.
      const line = (header?.getBoundingClientRect().height ?? 0) + (summary?.getBoundingClientRect().height ?? 0) + 32 + 53;
      let found = 0;
      let lo = 0;
      let hi = pairs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid]!.heading.getBoundingClientRect().top <= line) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      // Above every heading the first link stays current: Starlight's "Overview", the page title.
      this.current = pairs[found]!.link;
    };

    let queued = false;
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    update();
  }
}

customElements.define('starlight-toc', StarlightTOC);
