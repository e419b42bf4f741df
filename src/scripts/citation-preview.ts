/**
 * The preview of the reference behind each numbered citation: on hover and keyboard focus (the
 * link still jumps to the bibliography when followed), and on a tap, which opens the preview in
 * place instead of jumping, with links to the work and to the entry; a second tap, a tap outside
 * or Escape closes it. Screen readers hear it through aria-describedby. What the preview says
 * comes from citation-preview-content.ts.
 */
import { previewContent, previewLinks } from './citation-preview-content.ts';

export function enhanceCitations(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a.cite-ref');
  if (links.length === 0) return;
  const tip = document.createElement('div');
  tip.id = 'citation-preview';
  tip.className = 'citation-preview';
  tip.hidden = true;
  document.body.append(tip);

  let hideTimer: number | undefined;
  let current: HTMLAnchorElement | undefined;
  // Opened by a tap: stays until closed, rather than following hover and focus.
  let pinned = false;
  // The pointer that pressed a citation last, so the click that follows knows it was a tap.
  let pressedBy = '';

  const hide = () => {
    window.clearTimeout(hideTimer);
    tip.hidden = true;
    pinned = false;
    current?.removeAttribute('aria-describedby');
    current?.removeAttribute('aria-expanded');
    current = undefined;
  };
  const scheduleHide = () => {
    if (pinned) return;
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  };
  const show = (link: HTMLAnchorElement, tap = false) => {
    window.clearTimeout(hideTimer);
    const entry = document.getElementById(`ref-${link.dataset.ref}`);
    if (!entry) return;
    if (current !== link || tap !== pinned) {
      current?.removeAttribute('aria-describedby');
      current?.removeAttribute('aria-expanded');
      tip.replaceChildren(...previewContent(link, entry), ...(tap ? [previewLinks(link, entry)] : []));
      current = link;
    }
    pinned = tap;
    tip.classList.toggle('citation-preview-pinned', tap);
    link.setAttribute('aria-describedby', tip.id);
    if (tap) link.setAttribute('aria-expanded', 'true');
    tip.hidden = false;
    place(link);
  };
  const place = (link: HTMLAnchorElement) => {
    const r = link.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(r.left + window.scrollX - 24, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = `${left}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
    // Flip above the citation when the preview would run off the bottom of the viewport.
    const h = tip.offsetHeight;
    if (r.bottom + 6 + h > window.innerHeight && r.top - 6 - h > 0) tip.style.top = `${r.top + window.scrollY - 6 - h}px`;
  };

  for (const link of links) {
    link.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && !pinned && show(link));
    link.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && scheduleHide());
    link.addEventListener('pointerdown', (e) => void (pressedBy = e.pointerType));
    // A tap focuses the link too: the click decides, not the focus.
    link.addEventListener('focus', () => pressedBy !== 'touch' && pressedBy !== 'pen' && !pinned && show(link));
    link.addEventListener('blur', scheduleHide);
    link.addEventListener('click', (e) => {
      const tap = pressedBy === 'touch' || pressedBy === 'pen';
      pressedBy = '';
      if (!tap) return;
      // In place: the page does not jump to the bibliography.
      e.preventDefault();
      if (pinned && current === link) hide();
      else show(link, true);
    });
  }
  tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && scheduleHide());
  // A tap or click anywhere but the preview and the citation closes a pinned preview.
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Element;
    if (pinned && !tip.contains(t) && t.closest('a.cite-ref') !== current) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });
}
