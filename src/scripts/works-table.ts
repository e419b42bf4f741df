/** Sorting and review filters for the references table; without JavaScript the full list shows. */
export function enhanceWorksTable(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-works-controls]');
  const body = document.querySelector<HTMLTableSectionElement>('.works-table tbody');
  if (!form || !body) return;
  const rows = [...body.rows];
  const update = () => {
    const wanted = new Set(new FormData(form).getAll('review').map(String));
    const sort = String(new FormData(form).get('sort'));
    const key = (r: HTMLTableRowElement): [string | number, string] => {
      const author = r.dataset.author ?? '';
      if (sort === 'year') return [Number(r.dataset.year || 0), author];
      if (sort === 'reviews') return [-(r.dataset.reviews ?? '').split(' ').filter(Boolean).length, author];
      return [author, r.dataset.year ?? ''];
    };
    const sorted = [...rows].sort((a, b) => {
      const [x1, x2] = key(a);
      const [y1, y2] = key(b);
      return x1 < y1 ? -1 : x1 > y1 ? 1 : x2.localeCompare(y2);
    });
    let shown = 0;
    for (const r of sorted) {
      const visible = (r.dataset.reviews ?? '').split(' ').some((x) => wanted.has(x));
      r.hidden = !visible;
      if (visible) shown++;
      body.append(r);
    }
    const out = form.elements.namedItem('count') as HTMLOutputElement | null;
    if (out) out.value = `${shown} shown`;
  };
  form.addEventListener('change', update);
}
