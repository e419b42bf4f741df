import { fillAccessedDates } from './accessed-date.ts';

// A section's cite panel (src/markdown/section-tools.ts) ships without its formats: they are in
// one file per chapter, as the HTML the chapter's inline panel has (src/render/section-citations.ts).
// The file is fetched once per page, when a reader first opens a section's menu, and a panel's
// formats go in when it opens. Until then the panel links the same citation as BibTeX, which is
// what a reader without script gets; a failed load says so in the panel, with the file's link.

type Panels = Record<string, string>;
const files = new Map<string, Promise<Panels>>();

function load(url: string): Promise<Panels> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return (await response.json()) as Panels;
    });
    files.set(url, file);
    // A failed load is tried again at the next opening.
    file.catch(() => files.delete(url));
  }
  return file;
}

async function fill(slot: HTMLElement): Promise<void> {
  const url = slot.dataset.citeFormats!;
  const anchor = slot.dataset.citeAnchor!;
  const status = slot.parentElement!.querySelector<HTMLElement>('.cite-status')!;
  slot.dataset.citeState = 'loading';
  slot.setAttribute('aria-busy', 'true');
  status.classList.remove('cite-error');
  status.textContent = 'Loading the citation…';
  try {
    const html = (await load(url))[anchor];
    if (html === undefined) throw new Error(`it has no citation for #${anchor}`);
    // Built by the site from escaped text (hast-util-to-html), from the site's own origin.
    slot.innerHTML = html;
    fillAccessedDates(slot);
    slot.dataset.citeState = 'loaded';
    status.textContent = 'Citation loaded: text, BibTeX, RIS and CSL-JSON.';
    status.classList.add('sr-only');
  } catch (error) {
    delete slot.dataset.citeState;
    const link = document.createElement('a');
    link.href = url;
    link.textContent = 'the file';
    // fetch fails with a TypeError when the network does, json() with a SyntaxError.
    const reason = error instanceof TypeError ? 'the network failed' : error instanceof SyntaxError ? 'it did not read as JSON' : (error as Error).message;
    status.replaceChildren(`The citation could not be loaded from `, link, ` (${reason}). Close and open this panel to try again.`);
    status.classList.remove('sr-only');
    status.classList.add('cite-error');
  } finally {
    slot.removeAttribute('aria-busy');
  }
}

document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLElement;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    // The menu opening: fetch now, so the formats are there when its cite panel opens.
    if (details.matches('details.section-tools-section')) {
      const url = details.querySelector<HTMLElement>('[data-cite-formats]')?.dataset.citeFormats;
      if (url) load(url).catch(() => {});
    }
    const slot = details.matches('details.cite-panel') ? details.querySelector<HTMLElement>(':scope > .cite-body > [data-cite-formats]') : null;
    if (slot && !slot.dataset.citeState) void fill(slot);
  },
  true,
);
