/**
 * Sorting (click a column header) and filters (a select per column marked `filter: true` in the
 * table's YAML) for data tables. Without JavaScript the full table is shown.
 */
export function enhanceDataTables(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.data-table')) enhance(figure);
}

// The text of a cell without its citation numbers, which are not part of the value.
const cellValue = (cell: Element | undefined): string => {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.citation').forEach((c) => c.remove());
  return (copy.textContent ?? '').trim();
};

function enhance(figure: HTMLElement): void {
  const table = figure.querySelector('table');
  const body = table?.tBodies[0];
  const headers = table ? [...table.querySelectorAll<HTMLTableCellElement>('thead th')] : [];
  if (!table || !body || headers.length === 0) return;
  const rows = [...body.rows];
  const filters = new Map<number, HTMLSelectElement>();

  const controls = document.createElement('div');
  controls.className = 'data-table-controls';
  headers.forEach((th, i) => {
    if (!th.hasAttribute('data-filter')) return;
    const values = [...new Set(rows.map((r) => cellValue(r.cells[i])).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    const label = document.createElement('label');
    label.textContent = `${th.textContent ?? ''} `;
    const select = document.createElement('select');
    select.append(new Option('all', ''));
    for (const v of values) select.append(new Option(v, v));
    select.addEventListener('change', apply);
    label.append(select);
    controls.append(label);
    filters.set(i, select);
  });
  const count = document.createElement('output');
  count.setAttribute('aria-live', 'polite');
  controls.append(count);
  figure.insertBefore(controls, table);

  function apply() {
    let shown = 0;
    for (const r of rows) {
      const ok = [...filters].every(([i, s]) => !s.value || cellValue(r.cells[i]) === s.value);
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.value = `${shown} of ${rows.length} rows`;
  }
  apply();

  headers.forEach((th, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'data-table-sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...rows].sort((a, b) => {
        const x = cellValue(a.cells[i]);
        const y = cellValue(b.cells[i]);
        const nx = Number.parseFloat(x);
        const ny = Number.parseFloat(y);
        const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
        return ascending ? c : -c;
      });
      body.append(...sorted);
    });
  });
}
