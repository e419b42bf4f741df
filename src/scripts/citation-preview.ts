/**
 * A preview of the reference behind each numbered citation, on hover and on keyboard focus. The
 * preview copies the page's own bibliography entry (formatted once at build time), so it needs no
 * data of its own; screen readers hear it through aria-describedby.
 */
export function enhanceCitations(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a.cite-ref');
  if (links.length === 0) return;
  const tip = document.createElement('div');
  tip.id = 'citation-preview';
  tip.className = 'citation-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);

  let hideTimer: number | undefined;
  let current: HTMLAnchorElement | undefined;

  const hide = () => {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const scheduleHide = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  };
  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    const entry = document.getElementById(`ref-${link.dataset.ref}`);
    if (!entry) return;
    if (current !== link) {
      current?.removeAttribute('aria-describedby');
      tip.replaceChildren();
      const number = document.createElement('span');
      number.className = 'citation-preview-number';
      number.textContent = `[${link.dataset.ref}] `;
      tip.append(number);
      for (const part of entry.querySelectorAll('.ref-text, .ref-meta')) tip.append(part.cloneNode(true));
      current = link;
    }
    link.setAttribute('aria-describedby', tip.id);
    tip.hidden = false;
    place(link);
  };
  const place = (link: HTMLAnchorElement) => {
    const r = link.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(r.left + window.scrollX - 24, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = `${left}px`;
    const below = r.bottom + window.scrollY + 6;
    tip.style.top = `${below}px`;
    // Flip above the citation when the preview would run off the bottom of the viewport.
    const h = tip.offsetHeight;
    if (r.bottom + 6 + h > window.innerHeight && r.top - 6 - h > 0) tip.style.top = `${r.top + window.scrollY - 6 - h}px`;
  };

  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', scheduleHide);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', scheduleHide);
  }
  tip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', scheduleHide);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });
}
