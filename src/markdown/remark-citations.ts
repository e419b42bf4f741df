import type { Root, Text, PhrasingContent, RootContent, Parent } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { lineIndex } from '../data/line-index.ts';
import { SourceError } from '../data/source-error.ts';
import type { CitationIndex } from '../render/citation-index.ts';
import { compressNumbers, escapedAtSigns, findCitations, type CitationMatch } from './citation-syntax.ts';

declare module 'vfile' {
  interface DataMap {
    /** Work id → its number on the page, as remark-citations numbered them. */
    citationNumbers: ReadonlyMap<string, number>;
  }
}

export interface RemarkCitationsOptions {
  index: CitationIndex;
  /** Receives each unknown key (`npm run check`); without it the plugin throws once per file with all of them. */
  report?: (problem: SourceError) => void;
}

interface Located {
  file: string;
  line: number;
  column: number;
}

const SKIP_PARENTS = new Set(['inlineCode', 'code', 'link', 'linkReference', 'definition', 'math', 'inlineMath', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Turns Pandoc citations in text into numbered links (numbered per page in order of first
 * appearance) and appends the page's bibliography. Unknown keys stop the build, all of them
 * listed with file:line:column, the key and the closest keys.
 */
export default function remarkCitations({ index, report }: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const numbers = new Map<string, number>();
    const errors: SourceError[] = [];
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    const path = file.path ? file.path.replace(`${file.cwd}/`, '') : '<input>';
    const position = lineIndex(source);
    const locate = (offset: number): Located => ({ file: path, ...position(offset) });

    rejoinKeyDirectives(tree);
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => SKIP_PARENTS.has(a.type))) return SKIP;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const raw = start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
      const matches = findCitations(node.value, escapedAtSigns(node.value, raw));
      if (matches.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const m of matches) {
        if (m.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, m.start) });
        // Offsets inside raw differ from decoded text only where escapes precede; close enough
        // to point the author at the right citation.
        // Generated text (a data table's cells) carries its element's position but not its text:
        // point at the element.
        const inRaw = raw?.indexOf(node.value.slice(m.start, m.end)) ?? -1;
        const at = start !== undefined ? locate(start + Math.max(inRaw, 0)) : locate(0);
        const rendered = renderCitation(m, index, numbers, at, errors);
        if (rendered) pieces.push(...rendered);
        cursor = m.end;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      const parent = ancestors.at(-1) as Parent;
      const i = parent.children.indexOf(node);
      parent.children.splice(i, 1, ...(pieces as RootContent[]));
      return [SKIP, i + pieces.length];
    });

    // Later plugins (the charts' marks) link to the same numbers.
    file.data.citationNumbers = numbers;
    if (report) errors.forEach(report);
    else if (errors.length) throw new Error(`${errors.length} citation problem${errors.length > 1 ? 's' : ''}:\n${errors.map((e) => e.message).join('\n')}`);
    if (numbers.size) tree.children.push(...bibliography(numbers, index));
  };
}

/**
 * Starlight parses `:name` as a text directive, so `@chen2021:66` arrives as the text
 * `@chen2021` and a directive named `66` (restored to text only after all plugins ran). Rejoin
 * such bare directives with the text around them so the key is whole again.
 */
function rejoinKeyDirectives(tree: Root): void {
  visitParents(tree, (node) => {
    const children = (node as Parent).children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const run: Text[] = [];
      let j = i;
      for (; j < children.length; j++) {
        const c = children[j] as unknown as { type: string; name?: string; attributes?: object; children?: unknown[] };
        if (c.type === 'text') run.push(c as unknown as Text);
        else if (c.type === 'textDirective' && !c.children?.length && !Object.keys(c.attributes ?? {}).length) {
          run.push({ type: 'text', value: `:${c.name}`, position: (c as unknown as Text).position } as Text);
        } else break;
      }
      if (run.length > 1 && run.some((t) => t.value.startsWith(':'))) {
        const merged: Text = { type: 'text', value: run.map((t) => t.value).join('') };
        const start = run[0]!.position?.start;
        const end = run.at(-1)!.position?.end;
        if (start && end) merged.position = { start, end };
        children.splice(i, j - i, merged as unknown as RootContent);
      }
    }
  });
}

function renderCitation(m: CitationMatch, index: CitationIndex, numbers: Map<string, number>, at: Located, errors: SourceError[]): PhrasingContent[] | undefined {
  const resolved: { id: string; n: number; locator?: string; prefix?: string }[] = [];
  const errorsBefore = errors.length;
  for (const item of m.items) {
    const found = index.lookup(item.key);
    if (!found.ok) {
      const hint = found.suggestions.length ? ` Did you mean ${found.suggestions.map((s) => `@${s}`).join(', ')}?` : '';
      errors.push(new SourceError(at.file, at.line, `${found.message}.${hint} Keys are listed on the reference pages.`, at.column));
      continue;
    }
    // A review's number that holds several papers (su2023:41 = a + b) cites each of them.
    for (const w of found.works) {
      const id = w.id;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      resolved.push({ id, n: numbers.get(id)!, ...(item.locator ? { locator: item.locator } : {}), ...(item.prefix ? { prefix: item.prefix } : {}) });
    }
  }
  if (errors.length > errorsBefore) return undefined;

  const link = (r: (typeof resolved)[number], label: string): PhrasingContent => ({
    type: 'link',
    url: `#ref-${r.n}`,
    children: [{ type: 'text', value: label }],
    data: {
      hProperties: {
        className: ['cite-ref'],
        'data-ref': String(r.n),
        'aria-label': `Reference ${r.n}: ${index.shortLabel(r.id)}${r.locator ? `, ${r.locator}` : ''}`,
      },
    },
  });

  const inner: PhrasingContent[] = [];
  const simple = resolved.every((r) => !r.locator && !r.prefix);
  if (simple) {
    // Runs of numbers compress to a range, as numeric styles print them: [3–5, 7].
    compressNumbers(resolved.map((r) => r.n)).forEach((run, i) => {
      if (i) inner.push({ type: 'text', value: ', ' });
      const first = resolved.find((r) => r.n === run.from)!;
      inner.push(link(first, String(run.from)));
      if (run.to > run.from) {
        inner.push({ type: 'text', value: run.to === run.from + 1 ? ', ' : '–' });
        inner.push(link(resolved.find((r) => r.n === run.to)!, String(run.to)));
      }
    });
  } else {
    resolved.forEach((r, i) => {
      if (i) inner.push({ type: 'text', value: '; ' });
      if (r.prefix) inner.push({ type: 'text', value: `${r.prefix} ` });
      inner.push(link(r, String(r.n)));
      if (r.locator) inner.push({ type: 'text', value: `, ${r.locator}` });
    });
  }
  const group = {
    type: 'citation',
    children: [{ type: 'text', value: '[' }, ...inner, { type: 'text', value: ']' }],
    // Every number of the group, including those a range (3–5) does not print.
    data: { hName: 'span', hProperties: { className: ['citation'], 'data-refs': resolved.map((r) => r.n).join(' ') } },
  } as unknown as PhrasingContent; // a custom phrasing node; remark-rehype renders it through data.hName
  if (m.mode === 'intext') return [{ type: 'text', value: `${index.authorLabel(resolved[0]!.id)} ` }, group];
  return [group];
}

function bibliography(numbers: Map<string, number>, index: CitationIndex): RootContent[] {
  const entries = [...numbers.entries()].sort((a, b) => a[1] - b[1]);
  const section = {
    type: 'bibliography',
    data: {
      hName: 'section',
      hProperties: { className: ['bibliography'], 'aria-labelledby': 'references', 'data-pagefind-ignore': 'all' },
      hChildren: [
        { type: 'element', tagName: 'h2', properties: { id: 'references' }, children: [{ type: 'text', value: 'References' }] },
        {
          type: 'element',
          tagName: 'ol',
          properties: { className: ['bibliography-list'] },
          children: entries.map(([id, n]) => index.entryHast(id, n)),
        },
      ],
    },
    children: [],
  };
  // Starlight builds its table of contents from the headings Astro collected; this heading is
  // added as hast, so it is announced by the section's label instead.
  return [section as unknown as RootContent];
}
