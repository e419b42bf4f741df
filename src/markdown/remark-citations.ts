import type { PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { keyProblem } from '../citations/key-problem.ts';
import { report } from '../data/problems.ts';
import type { CitationIndex } from '../citations/citation-index.ts';
import { compressNumbers, type CitationMatch } from './citation-syntax.ts';
import { findCitationsIn, type FoundCitation } from './citation-walk.ts';

export interface RemarkCitationsOptions {
  index: CitationIndex;
}

declare module 'vfile' {
  interface DataMap {
    /**
     * The works the page cites (canonical keys), recorded as they are numbered: `all` in the order
     * of the bibliography, `bySection` per section anchor ('' for the opening, before any h2/h3).
     * Section tools, downloads, backlinks and the link checker read these, not the source again.
     */
    citedWorks: {
      all: string[];
      bySection: Record<string, string[]>;
      /** Per section anchor and work, the sentences that cite the work there (search files works by them). */
      sentences: Record<string, Record<string, string[]>>;
    };
  }
}

/** Where a key that does not resolve is reported. */
interface KeyError {
  place: Point;
  file: string | undefined;
  message: string;
}

/**
 * Turns Pandoc citations in text into numbered links (numbered per page in order of first
 * appearance) and appends the page's bibliography. The citations are those citation-walk.ts
 * finds; each unknown key, and each citation where none can render (a heading, a link's text),
 * is a problem on the file (file:line:column, the key and the closest keys).
 */
export default function remarkCitations({ index }: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const numbers = new Map<string, number>();
    const bySection: Record<string, string[]> = {};
    const sentences: Record<string, Record<string, string[]>> = {};
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    // Each text node is replaced once, with all its citations, after the walk: the walk sees the
    // tree as written.
    const byNode = new Map<Text, FoundCitation[]>();
    for (const found of findCitationsIn(tree, source)) {
      if (found.refused) {
        report(file, found.refused, found.place(found.match.items[0]!.key), { rule: 'citation-place', ...(found.file ? { file: found.file } : {}) });
        continue;
      }
      byNode.set(found.node, [...(byNode.get(found.node) ?? []), found]);
    }
    for (const [node, founds] of byNode) {
      const { parent } = founds[0]!;
      const value = node.value;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const f of founds) {
        const m = f.match;
        if (m.start > cursor) pieces.push({ type: 'text', value: value.slice(cursor, m.start) });
        const errors: KeyError[] = [];
        const rendered = renderCitation(m, index, numbers, (key) => ({ place: f.place(key), file: f.file }), errors);
        for (const e of errors) report(file, e.message, e.place, { rule: 'unknown-key', ...(e.file ? { file: e.file } : {}) });
        if (rendered) {
          pieces.push(...rendered.nodes);
          const works = (bySection[f.section] ??= []);
          for (const id of rendered.works) {
            if (!works.includes(id)) works.push(id);
            const said = ((sentences[f.section] ??= {})[id] ??= []);
            if (f.sentence && !said.includes(f.sentence)) said.push(f.sentence);
          }
        } else pieces.push({ type: 'text', value: value.slice(m.start, m.end) });
        cursor = m.end;
      }
      if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
      parent.children.splice(parent.children.indexOf(node), 1, ...(pieces as RootContent[]));
    }

    file.data.citedWorks = { all: [...numbers.keys()], bySection, sentences };
    if (numbers.size) tree.children.push(...bibliography(numbers, index));
  };
}

/** One work a citation names, with its number on the page. */
interface Resolved {
  id: string;
  n: number;
  /** Set when the work is a source review: its name links to the review's page. */
  source?: string;
  locator?: string;
  prefix?: string;
}

function renderCitation(
  m: CitationMatch,
  index: CitationIndex,
  numbers: Map<string, number>,
  at: (key: string) => { place: Point; file: string | undefined },
  errors: KeyError[],
): { nodes: PhrasingContent[]; works: string[] } | undefined {
  const resolved: Resolved[] = [];
  const errorsBefore = errors.length;
  for (const item of m.items) {
    const found = index.lookup(item.key);
    if (!found.ok) {
      // "@name" in prose is a citation by Pandoc's rules: say how to write a plain at-sign.
      const literal = m.mode === 'intext' ? ` If "@${item.key}" is not a citation, write \\@${item.key}.` : '';
      const where = at(item.key);
      // A data table's keys are written without @ (its file is set): suggest them as they are written there.
      errors.push({ ...where, message: `${keyProblem(found, where.file ? '' : '@')}${literal}` });
      continue;
    }
    // A review's number that holds several papers (su2023:41 = a + b) cites each of them.
    for (const w of found.works) {
      const id = w.id;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      resolved.push({
        id,
        n: numbers.get(id)!,
        ...(found.kind === 'review' && w.source ? { source: w.source } : {}),
        ...(item.locator ? { locator: item.locator } : {}),
        ...(item.prefix ? { prefix: item.prefix } : {}),
      });
    }
  }
  const suppressed = m.items.filter((i) => i.suppressAuthor).length;
  if (suppressed > 0 && suppressed < m.items.length) {
    errors.push({ ...at(m.items[0]!.key), message: 'a citation mixes [-@key] (year only) with [@key] (number): give the year-only citation brackets of its own.' });
  }
  if (errors.length > errorsBefore) return undefined;
  const works = resolved.map((r) => r.id);
  if (m.mode === 'intext') return { nodes: narrativeCitation(resolved, index), works };
  if (suppressed) return { nodes: resolved.flatMap((r, i) => [...(i ? [text('; ')] : []), ...yearCitation(r, index)]), works };
  return { nodes: [citationSpan(numberedGroup(resolved, index), resolved)], works };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A span.citation: the group of links whose previews and numbers belong together. */
function citationSpan(children: PhrasingContent[], resolved: Resolved[]): PhrasingContent {
  return {
    type: 'citation',
    children,
    // Every number of the group, including those a range (3–5) does not print.
    data: { hName: 'span', hProperties: { className: ['citation'], 'data-refs': resolved.map((r) => r.n).join(' ') } },
  } as unknown as PhrasingContent; // a custom phrasing node; remark-rehype renders it through data.hName
}

/** A link to the work's entry in the page's bibliography, labelled by its number. */
function numberLink(r: Resolved, label: string, index: CitationIndex): PhrasingContent {
  return {
    type: 'link',
    url: `#ref-${r.n}`,
    children: [text(label)],
    data: {
      hProperties: {
        className: ['cite-ref'],
        'data-ref': String(r.n),
        'aria-label': `Reference ${r.n}: ${index.shortLabel(r.id)}${r.locator ? `, ${r.locator}` : ''}`,
      },
    },
  };
}

/**
 * A link to a source review's page, labelled by its name ("Chen et al. (2021)") or its year. It
 * carries the page's number of the review, so it previews the bibliography entry as a number does.
 */
function reviewLink(r: Resolved & { source: string }, label: string, index: CitationIndex, ariaLabel?: string): PhrasingContent {
  return {
    type: 'link',
    url: index.routes.source(r.source),
    children: [text(label)],
    data: {
      hProperties: {
        className: ['cite-ref', 'cite-review'],
        'data-ref': String(r.n),
        ...(ariaLabel ? { 'aria-label': ariaLabel } : {}),
      },
    },
  };
}

/** `[3–5, 7]`, `[2, p. 5]`, `[see 4]`: the numeric style of bracket citations. */
function numberedGroup(resolved: Resolved[], index: CitationIndex): PhrasingContent[] {
  const inner: PhrasingContent[] = [];
  const simple = resolved.every((r) => !r.locator && !r.prefix);
  if (simple) {
    // Runs of numbers compress to a range, as numeric styles print them: [3–5, 7].
    compressNumbers(resolved.map((r) => r.n)).forEach((run, i) => {
      if (i) inner.push(text(', '));
      const first = resolved.find((r) => r.n === run.from)!;
      inner.push(numberLink(first, String(run.from), index));
      if (run.to > run.from) {
        inner.push(text(run.to === run.from + 1 ? ', ' : '–'));
        inner.push(numberLink(resolved.find((r) => r.n === run.to)!, String(run.to), index));
      }
    });
  } else {
    resolved.forEach((r, i) => {
      if (i) inner.push(text('; '));
      if (r.prefix) inner.push(text(`${r.prefix} `));
      inner.push(numberLink(r, String(r.n), index));
      if (r.locator) inner.push(text(`, ${r.locator}`));
    });
  }
  return [text('['), ...inner, text(']')];
}

/**
 * `@chen2021 shows` → "Chen et al. (2021)", linked to the review's page; `@doux2020aem shows` →
 * "Doux et al. (2020) [5]": a work is named, and numbered for its bibliography entry.
 */
function narrativeCitation(resolved: Resolved[], index: CitationIndex): PhrasingContent[] {
  const first = resolved[0]!;
  if (first.source) return [citationSpan([reviewLink({ ...first, source: first.source }, index.narrative(first.id), index)], resolved)];
  return [text(`${index.narrative(first.id)} `), citationSpan(numberedGroup(resolved, index), resolved)];
}

/**
 * `Chen and colleagues [-@chen2021]` → "(2021)", as Pandoc suppresses the author: a review's year
 * links to its page; a work's year is followed by its number.
 */
function yearCitation(r: Resolved, index: CitationIndex): PhrasingContent[] {
  const year = index.shortName(r.id).year ?? 'n.d.';
  const prefix = r.prefix ? `${r.prefix} ` : '';
  if (r.source) {
    // A bare year needs the authors to make sense to a screen reader, out of the sentence.
    const link = reviewLink({ ...r, source: r.source }, year, index, index.shortLabel(r.id));
    return [citationSpan([text(`(${prefix}`), link, text(`${r.locator ? `, ${r.locator}` : ''})`)], [r])];
  }
  const numbered: Resolved = { id: r.id, n: r.n, ...(r.locator ? { locator: r.locator } : {}) };
  return [text(`(${prefix}${year}) `), citationSpan(numberedGroup([numbered], index), [r])];
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
