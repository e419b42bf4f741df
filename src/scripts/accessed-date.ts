// Citations on the page carry the day the site was built as their accessed date; a reader
// citing today should say today. Forms match src/markdown/section-tools.ts `formatDate`.
const now = new Date();
const y = String(now.getFullYear());
const m = String(now.getMonth() + 1).padStart(2, '0');
const d = String(now.getDate()).padStart(2, '0');
const forms: Record<string, string> = { iso: `${y}-${m}-${d}`, slash: `${y}/${m}/${d}`, parts: `${Number(y)}, ${Number(m)}, ${Number(d)}` };

/** Today's date in every accessed date under `root` (the page, or a cite panel just filled). */
export function fillAccessedDates(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const value = forms[el.dataset.accessed ?? ''];
    if (value) el.textContent = value;
  }
}

fillAccessedDates(document);
