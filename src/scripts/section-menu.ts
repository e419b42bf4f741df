// The section menus (src/markdown/section-tools.ts) are <details>: they open without script. This
// makes them behave as menus: one open at a time, closed by Escape (focus back on the icon) or
// by a click or tap anywhere else.
const menus = () => document.querySelectorAll<HTMLDetailsElement>('details.section-tools-section[open]');

document.addEventListener(
  'toggle',
  (event) => {
    const opened = event.target as HTMLElement;
    if (!opened.matches?.('details.section-tools-section[open]')) return;
    for (const m of menus()) if (m !== opened) m.open = false;
  },
  true,
);
document.addEventListener('click', (event) => {
  const inside = (event.target as Element | null)?.closest('details.section-tools-section');
  for (const m of menus()) if (m !== inside) m.open = false;
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const m of menus()) {
    m.open = false;
    if (m.contains(document.activeElement)) m.querySelector('summary')?.focus();
  }
});
