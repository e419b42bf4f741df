/**
 * What a citation's preview says: the reference's number and the page's own bibliography entry
 * (formatted once at build time), so the preview needs no data of its own. Kept apart from how
 * the preview opens and closes (citation-preview.ts).
 */
export function previewContent(link: HTMLAnchorElement, entry: HTMLElement): Node[] {
  const number = document.createElement('span');
  number.className = 'citation-preview-number';
  number.textContent = `[${link.dataset.ref}] `;
  return [number, ...[...entry.querySelectorAll('.ref-text, .ref-meta')].map((part) => part.cloneNode(true))];
}

/**
 * For a preview opened by a tap, where there is no hover to read it by and the citation link
 * itself no longer jumps away: links to the work's page and to the entry in the reference list.
 */
export function previewLinks(link: HTMLAnchorElement, entry: HTMLElement): HTMLElement {
  const nav = document.createElement('p');
  nav.className = 'citation-preview-links';
  const work = entry.querySelector<HTMLAnchorElement>('a.ref-work');
  if (work) nav.append(anchor(work.href, 'Work page'));
  nav.append(anchor(`#${entry.id}`, `Reference ${link.dataset.ref} in the list`));
  return nav;
}

function anchor(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
