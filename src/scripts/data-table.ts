/**
 * Data tables that fit the screen they are on (markup: src/markdown/remark-data-tables.ts).
 *
 * - Filters (a select per column marked `filter: true`) and sorting (column headers, or a select
 *   where the headers are hidden); empty cells sort last in both directions.
 * - Fitting: a table too wide for the text column takes the width up to the window's edge; if
 *   it still does not fit, long words may break anywhere; then its least important columns
 *   (data-priority 3, then 2, rightmost first) fold into a details row that each row opens in place. On narrow screens the
 *   stylesheet stacks rows as cards instead, and nothing folds.
 *
 * Without JavaScript the full table is shown and scrolls sideways inside its figure.
 */
export function enhanceDataTables(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.data-table:not([data-enhanced])')) enhance(figure);
}

/**
 * The same, each table once it comes within a screen of the window: building the controls and
 * fitting a table lays out the page, which on a phone was a long task while the page loaded,
 * for a table the reader may never scroll to.
 */
export function enhanceDataTablesWhenNear(root: ParentNode = document): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        if (!entry.target.hasAttribute('data-enhanced')) enhance(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of root.querySelectorAll<HTMLElement>('figure.data-table:not([data-enhanced])')) observer.observe(figure);
}

// The text of a cell without its citation numbers, which are not part of the value.
const cellValue = (cell: Element | undefined): string => {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.citation').forEach((c) => c.remove());
  return (copy.textContent ?? '').trim();
};

/** A cell that says nothing: empty, or a dash standing for "not reported". */
export const isEmptyValue = (v: string): boolean => v === '' || /^[—–-]$/.test(v);

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const leadingNumber = (v: string): number => (/^[<>≈~]?\s*-?\d/.test(v) ? Number.parseFloat(v.replace(/^[<>≈~]\s*/, '')) : Number.NaN);

/** Compares two cell values for a sort in `direction`; empty values go last either way. */
export function compareValues(x: string, y: string, ascending: boolean): number {
  const ex = isEmptyValue(x);
  const ey = isEmptyValue(y);
  if (ex || ey) return ex === ey ? 0 : ex ? 1 : -1;
  const nx = leadingNumber(x);
  const ny = leadingNumber(y);
  const c = Number.isFinite(nx) && Number.isFinite(ny) && nx !== ny ? nx - ny : collator.compare(x, y);
  return ascending ? c : -c;
}

// Tables whose columns would get less than this (in px) in the text column take the full width.
const COMFORTABLE_COLUMN = 120;
// No column narrower than this, and no less than the mean (in ems of the table's text), while
// another column can fold instead.
const MIN_COLUMN_EM = 3.5;
const MEAN_COLUMN_EM = 6;

let figureCount = 0;

function enhance(figure: HTMLElement): void {
  const table = figure.querySelector('table');
  const body = table?.tBodies[0];
  const headers = table ? [...table.querySelectorAll<HTMLTableCellElement>('thead th')] : [];
  if (!table || !body || headers.length === 0) return;
  const rows = [...body.rows];
  const id = figure.id || `data-table-${++figureCount}`;
  const filters = new Map<number, HTMLSelectElement>();
  const label = (i: number) => headers[i]!.textContent?.trim() ?? '';

  // Controls: one disclosure holding filters and sort, with the row count beside it.
  const controls = document.createElement('div');
  controls.className = 'data-table-controls not-content';
  const panel = document.createElement('details');
  panel.className = 'data-table-panel';
  const summary = document.createElement('summary');
  const count = document.createElement('output');
  count.setAttribute('aria-live', 'polite');
  summary.append('Filter and sort ', count);
  const fields = document.createElement('div');
  fields.className = 'data-table-fields';
  panel.append(summary, fields);
  headers.forEach((th, i) => {
    if (!th.hasAttribute('data-filter')) return;
    const values = [...new Set(rows.map((r) => cellValue(r.cells[i])).filter((v) => !isEmptyValue(v)))].sort(collator.compare);
    const select = document.createElement('select');
    select.append(new Option('all', ''));
    for (const v of values) select.append(new Option(v, v));
    select.addEventListener('change', apply);
    fields.append(field(label(i), select));
    filters.set(i, select);
  });
  const sortSelect = document.createElement('select');
  sortSelect.append(new Option('as listed', ''));
  headers.forEach((_, i) => {
    sortSelect.append(new Option(`${label(i)} ↑`, `${i}:asc`), new Option(`${label(i)} ↓`, `${i}:desc`));
  });
  sortSelect.addEventListener('change', () => {
    const [i, dir] = sortSelect.value.split(':');
    sortBy(sortSelect.value ? Number(i) : -1, dir === 'asc');
  });
  fields.append(field('Sort by', sortSelect));
  controls.append(panel);
  figure.insertBefore(controls, table);

  function apply() {
    let shown = 0;
    for (const r of rows) {
      const ok = [...filters].every(([i, s]) => !s.value || cellValue(r.cells[i]) === s.value);
      r.hidden = !ok;
      details.get(r)?.toggleAttribute('hidden', !ok || !r.classList.contains('row-open'));
      if (ok) shown++;
    }
    const active = [...filters.values()].filter((s) => s.value).length;
    count.value = `· ${shown} of ${rows.length} rows${active ? `, ${active} filter${active > 1 ? 's' : ''} on` : ''}`;
  }

  // Sorting: the header buttons and the select do the same; -1 restores the listed order.
  headers.forEach((th, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'data-table-sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => sortBy(i, th.getAttribute('aria-sort') !== 'ascending'));
  });
  function sortBy(i: number, ascending: boolean) {
    headers.forEach((h, j) => (j === i ? h.setAttribute('aria-sort', ascending ? 'ascending' : 'descending') : h.removeAttribute('aria-sort')));
    sortSelect.value = i < 0 ? '' : `${i}:${ascending ? 'asc' : 'desc'}`;
    const sorted = i < 0 ? rows : [...rows].sort((a, b) => compareValues(cellValue(a.cells[i]), cellValue(b.cells[i]), ascending));
    for (const r of sorted) {
      body!.append(r);
      const d = details.get(r);
      if (d) body!.append(d);
    }
  }

  // Folding: which columns are folded, and each row's details row (made when first opened).
  const folded = new Set<number>();
  const details = new Map<HTMLTableRowElement, HTMLTableRowElement>();
  const foldOrder = headers
    .map((th, i) => ({ i, p: Number(th.dataset.priority ?? 2) }))
    .filter((c) => c.p > 1)
    .sort((a, b) => b.p - a.p || b.i - a.i)
    .map((c) => c.i);

  const setFolded = (i: number, on: boolean) => {
    on ? folded.add(i) : folded.delete(i);
    headers[i]!.classList.toggle('col-folded', on);
    for (const r of rows) r.cells[i]?.classList.toggle('col-folded', on);
  };

  const toggleRow = (r: HTMLTableRowElement, open: boolean) => {
    r.classList.toggle('row-open', open);
    r.querySelector('.row-toggle')?.setAttribute('aria-expanded', String(open));
    let d = details.get(r);
    if (open && !d) {
      d = document.createElement('tr');
      d.className = 'row-details';
      d.id = `${id}-row-${rows.indexOf(r) + 1}`;
      d.append(document.createElement('td'));
      r.after(d);
      details.set(r, d);
      r.querySelector('.row-toggle')?.setAttribute('aria-controls', d.id);
    }
    if (d) {
      fillDetails(r, d);
      d.hidden = !open;
    }
  };
  const fillDetails = (r: HTMLTableRowElement, d: HTMLTableRowElement) => {
    const cell = d.cells[0]!;
    cell.colSpan = headers.length - folded.size;
    const list = document.createElement('dl');
    for (const i of [...folded].sort((a, b) => a - b)) {
      const dt = document.createElement('dt');
      dt.textContent = label(i);
      const dd = document.createElement('dd');
      for (const n of r.cells[i]?.childNodes ?? []) dd.append(n.cloneNode(true));
      list.append(dt, dd);
    }
    cell.replaceChildren(list);
  };

  // Each row's header gets a toggle while columns are folded.
  for (const r of rows) {
    const th = r.cells[0]!;
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'row-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-label', `More about ${cellValue(th)}`);
    toggle.addEventListener('click', () => toggleRow(r, !r.classList.contains('row-open')));
    th.prepend(toggle);
  }

  const content = figure.parentElement!;
  const fit = () => {
    for (const i of [...folded]) setFolded(i, false);
    figure.style.removeProperty('width');
    figure.classList.remove('data-table-bleed', 'data-table-tight', 'data-table-folded');
    // Not laid out (a slide not shown), or stacked as cards (the stylesheet decides, by the
    // figure's width): nothing to fit.
    if (!figure.clientWidth || getComputedStyle(table).display !== 'table') return finish();
    const room = content.clientWidth;
    if (table.scrollWidth > room + 1 || headers.length * COMFORTABLE_COLUMN > room) {
      const left = figure.getBoundingClientRect().left;
      const edge = document.documentElement.clientWidth - parseFloat(getComputedStyle(content).paddingInlineStart || '0') - 24;
      if (edge - left > room) {
        figure.style.width = `${Math.floor(edge - left)}px`;
        figure.classList.add('data-table-bleed');
      }
    }
    const width = figure.clientWidth;
    // Still too wide: let long words break anywhere; then fold columns, until the table fits
    // and no column is squeezed below a few words' width.
    const tight = table.scrollWidth > width + 1;
    figure.classList.toggle('data-table-tight', tight);
    const em = parseFloat(getComputedStyle(table).fontSize);
    // Only a table that had to break words can be squeezed (a column of short values is narrow by
    // nature): it is when one column or the columns on average get too little room.
    const squeezed = () => headers.some((h, i) => !folded.has(i) && h.offsetWidth < em * MIN_COLUMN_EM) || width / (headers.length - folded.size) < em * MEAN_COLUMN_EM;
    const cramped = () => table.scrollWidth > width + 1 || (tight && squeezed());
    for (const i of foldOrder) {
      if (!cramped()) break;
      setFolded(i, true);
    }
    figure.classList.toggle('data-table-folded', folded.size > 0);
    finish();
  };
  const finish = () => {
    for (const r of rows) {
      const d = details.get(r);
      if (d && !folded.size) toggleRow(r, false);
      else if (d) fillDetails(r, d);
    }
  };

  figure.dataset.enhanced = '';
  apply();
  fit();
  // Fit again when the window changes width (resized, a phone rotated); height changes do not matter.
  let frame = 0;
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  });
}

function field(text: string, control: HTMLSelectElement): HTMLLabelElement {
  const label = document.createElement('label');
  const span = document.createElement('span');
  span.textContent = text;
  label.append(span, control);
  return label;
}
