import type { Element, ElementContent } from 'hast';
import { sectionCitation, type SectionCitationInput } from '../citations/section-citation.ts';
import { copyButtonHast } from './copy-button.ts';

/**
 * The tools of a heading (a menu behind one icon) or of a chapter (a row at its top): copy the
 * link, a disclosure with the citation in four formats, and the works cited as files. Native
 * <details> are keyboard- and screen-reader-usable without script; the copy buttons need
 * script, the text they copy is selectable without it.
 */
export interface CiteFormatsInput extends Omit<SectionCitationInput, 'accessed'> {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

export interface SectionToolsInput extends CiteFormatsInput {
  /** Links to the .bib and .ris of the works cited; absent when nothing is cited. */
  downloads?: { bib: string; ris: string; count: number; fileName: string };
  /** Links shown only in the chapter's tools (present, print). */
  chapterLinks?: { present: string };
  /**
   * Where the panel's formats are when they are not in the page: a section's panel loads its
   * formats (citeFormatsHast, by anchor) from `json` when opened (src/scripts/section-cite.ts),
   * and links the same citation as entry `key` of `bib` for readers without script.
   */
  deferred?: { json: string; anchor: string; bib: string; key: string };
}

// The accessed date is the reader's today: citations are built with this placeholder, which is
// replaced by an element the page script fills in (src/scripts/accessed-date.ts); without
// script it shows the build date.
const PLACEHOLDER = '9999-12-31';
const PLACEHOLDER_FORMS: [RegExp, string][] = [
  [/9999-12-31/, 'iso'],
  [/9999\/12\/31/, 'slash'],
  [/9999, 12, 31/, 'parts'],
];

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Text with each placeholder date turned into `<span data-accessed="form">build date</span>`. */
export function withAccessedDate(value: string, buildDate: string): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = value;
  for (;;) {
    let first: { index: number; length: number; form: string } | undefined;
    for (const [re, form] of PLACEHOLDER_FORMS) {
      const m = re.exec(rest);
      if (m && (!first || m.index < first.index)) first = { index: m.index, length: m[0].length, form };
    }
    if (!first) break;
    if (first.index) out.push(text(rest.slice(0, first.index)));
    out.push(el('span', { dataAccessed: first.form }, [text(formatDate(buildDate, first.form))]));
    rest = rest.slice(first.index + first.length);
  }
  if (rest) out.push(text(rest));
  return out;
}

/** YYYY-MM-DD in one of the forms the citations use (kept in step with src/scripts/accessed-date.ts). */
export function formatDate(iso: string, form: string): string {
  const [y, m, d] = iso.split('-');
  if (form === 'slash') return `${y}/${m}/${d}`;
  if (form === 'parts') return `${Number(y)}, ${Number(m)}, ${Number(d)}`;
  return iso;
}

/**
 * The citation in four formats (text, BibTeX, RIS, CSL-JSON), each with a copy button, and the
 * note on dates and version: the body of a cite panel, inline in the chapter's and loaded on
 * opening in a section's (src/render/section-citations.ts writes them to a file).
 */
export function citeFormatsHast(input: CiteFormatsInput): ElementContent[] {
  const c = sectionCitation({ ...input, accessed: PLACEHOLDER });
  const what = input.heading ? 'section' : 'chapter';
  const name = input.heading ?? input.chapterTitle;
  const date = input.version.date;
  const format = (key: string, label: string, body: string, block: boolean): Element => {
    const id = `${input.idPrefix}-${key}`;
    const content = withAccessedDate(body, date);
    return el('div', { className: ['cite-format'] }, [
      el('div', { className: ['cite-format-head'] }, [el('span', { className: ['cite-label'], id: `${id}-label` }, [text(label)]), ...copyButtonHast(id, `Copy the ${label} for the ${what} “${name}”`)]),
      block
        ? // No <code> inside: Starlight's code-block plugin rewrites every pre > code, and would drop
          // the accessed-date element the page script fills in.
          el('pre', { id, tabIndex: 0, ariaLabelledBy: [`${id}-label`] }, content)
        : el('p', { id, className: ['cite-text'] }, content),
    ]);
  };
  return [
    format('text', 'citation', c.text, false),
    format('bib', 'BibTeX', c.bibtex, true),
    format('ris', 'RIS', c.ris, true),
    format('csl', 'CSL-JSON', c.csl, true),
    el('p', { className: ['cite-note'] }, [text(`Accessed dates show today's date (without JavaScript, the day the site was built, ${date}). Version: built ${date} from commit ${input.version.commit}.`)]),
  ];
}

/**
 * What a deferred panel holds until its formats load: where they come from, and the same
 * citation as a BibTeX entry for a reader without script. The page script replaces it.
 */
function deferredFormats(d: NonNullable<SectionToolsInput['deferred']>): ElementContent[] {
  return [
    el('p', { className: ['cite-fallback'] }, [
      text('With JavaScript, this panel shows the citation as text, BibTeX, RIS and CSL-JSON. Without it, the citation is entry '),
      el('code', {}, [text(d.key)]),
      text(' in '),
      el('a', { href: d.bib, download: true }, [text('the citations of this chapter’s sections (BibTeX)')]),
      text('.'),
    ]),
  ];
}

export function sectionToolsHast(input: SectionToolsInput): Element {
  const p = input.idPrefix;
  const what = input.heading ? 'section' : 'chapter';
  const name = input.heading ?? input.chapterTitle;
  const d = input.deferred;

  const downloads: ElementContent[] = input.downloads
    ? [
        el('p', { className: ['cite-downloads'] }, [
          text(`Download the ${input.downloads.count} work${input.downloads.count === 1 ? '' : 's'} cited here: `),
          el('a', { href: input.downloads.bib, download: `${input.downloads.fileName}.bib` }, [text('BibTeX (.bib)')]),
          text(' · '),
          el('a', { href: input.downloads.ris, download: `${input.downloads.fileName}.ris` }, [text('RIS (.ris)')]),
        ]),
      ]
    : [el('p', { className: ['cite-downloads'] }, [text(`This ${what} cites no works.`)])];

  const linkButton = copyButtonHast(`${p}-url`, `Copy link to the ${what} “${name}”`, 'Copy link');
  (linkButton[0]!.properties.className as string[]).push('copy-link');
  const cite = el('details', { className: ['cite-panel'] }, [
    el('summary', {}, [text(`Cite this ${what}`), el('span', { className: ['sr-only'] }, [text(`: ${name}`)])]),
    el('div', { className: ['cite-body'] }, [
      el('p', { className: ['cite-url'] }, [text('Link: '), el('code', { id: `${p}-url` }, [text(input.url)])]),
      d
        ? el('div', { className: ['cite-formats'], dataCiteFormats: d.json, dataCiteAnchor: d.anchor }, deferredFormats(d))
        : el('div', { className: ['cite-formats'] }, citeFormatsHast(input)),
      // Loading and its failure, said and shown (src/scripts/section-cite.ts); a live region is
      // in the page from the start, or screen readers miss what it says.
      ...(d ? [el('p', { className: ['cite-status'], role: 'status' }, [])] : []),
      // The chapter's downloads sit with its citation; a section's are an entry of its menu.
      ...(input.chapterLinks ? downloads : []),
    ]),
  ]);
  const common = { className: ['section-tools', `section-tools-${what}`, 'not-content'], dataPagefindIgnore: 'all', dataSectionTools: input.heading ? '' : 'chapter' };

  // A chapter's tools are a short row at its top; present and print need script (print) or a
  // second view (present), so they are chapter-wide only.
  if (input.chapterLinks) {
    return el('div', common, [
      ...linkButton,
      el('a', { className: ['tool-link', 'present-link'], href: input.chapterLinks.present }, [text('Present')]),
      el('button', { type: 'button', className: ['tool-link', 'print-button'], hidden: true, dataPrint: '' }, [text('Print')]),
      cite,
    ]);
  }

  // A section's tools are one small icon at the end of its heading that opens a menu: copy the
  // link, cite, download its references. A <details> opens by keyboard, touch and screen reader
  // without script and takes no room in the text while closed.
  return el('details', common, [
    el('summary', { className: ['section-tools-toggle'], ariaLabel: `Link, citation and references of the ${what} “${name}”` }, [MENU_ICON]),
    el('div', { className: ['section-tools-menu'] }, [el('div', { className: ['section-tools-actions'] }, linkButton), cite, ...downloads]),
  ]);
}

// Three dots: the usual sign for "more actions", drawn in the text colour.
const MENU_ICON: Element = el('svg', { ariaHidden: 'true', viewBox: '0 0 24 24', width: '18', height: '18', fill: 'currentColor', focusable: 'false' }, [
  el('circle', { cx: '5', cy: '12', r: '2' }, []),
  el('circle', { cx: '12', cy: '12', r: '2' }, []),
  el('circle', { cx: '19', cy: '12', r: '2' }, []),
]);
