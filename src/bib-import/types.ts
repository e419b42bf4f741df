/**
 * Shared types of the reference-list importer.
 *
 * The pipeline is: raw text → lines → segments (one per printed reference,
 * rejoined, junk dropped) → numbered segments → parsed references (one style
 * parser) → BibTeX. Every stage reports problems as Diagnostics that carry the
 * 1-based line of the raw file, so the CLI can print `file:LINE: message`.
 */

/** The plain-text styles the importer reads (src/bib-import/styles/). */
export type StyleId = 'ama' | 'springer' | 'wiley' | 'acs' | 'nature' | 'cell' | 'elsevier' | 'rsc' | 'ieee' | 'aps';

/** Structured formats, read field by field (src/bib-import/structured.ts). */
export type FormatId = 'bibtex' | 'ris' | 'csl-json' | 'crossref';

import type { Provenance, ReadField } from '../citations/provenance.ts';

export type Severity = 'warning' | 'info';

export interface Diagnostic {
  /** 1-based line in the raw file. */
  line: number;
  severity: Severity;
  message: string;
  /** Reference number the diagnostic concerns, when known. */
  n?: number;
}

/** One printed reference, as text rejoined from one or more raw lines. */
export interface Segment {
  /** Line where the entry starts (1-based). */
  line: number;
  /** All raw lines that contributed text. */
  lines: number[];
  /** Number printed in front of the entry (`12.`, `[12]`, `(12)`), if any. */
  printed?: number;
  /** Entry text without bullet/number prefix, lines joined. */
  text: string;
}

export interface NumberedSegment extends Segment {
  n: number;
}

export interface Person {
  family: string;
  /** Initials or given names, as printed but with periods normalised (`R. J.`). */
  given?: string;
  /** Generational suffix (`III`, `Jr.`). */
  suffix?: string;
  /** Corporate author: written braced so BibTeX does not split it. */
  literal?: boolean;
}

/** BibTeX entry types the importer writes. */
export type EntryType =
  | 'article'
  | 'book'
  | 'incollection'
  | 'phdthesis'
  | 'mastersthesis'
  | 'patent'
  | 'misc';

/** Plain-text fields (no BibTeX escaping yet), in the writer's vocabulary. */
export interface Fields {
  title?: string;
  journal?: string;
  booktitle?: string;
  publisher?: string;
  address?: string;
  school?: string;
  year?: string;
  volume?: string;
  number?: string;
  pages?: string;
  doi?: string;
  url?: string;
  howpublished?: string;
  note?: string;
}

export interface ParsedReference {
  type: EntryType;
  authors: Person[];
  /** True when the list ended in `et al.` (written as `and others`). */
  etAl: boolean;
  fields: Fields;
}

/** What a style parser returns for one segment. */
export interface ParseResult {
  /** undefined when the entry could not be read (it becomes @misc). */
  ref?: ParsedReference;
  /** Problems, without line numbers (the caller knows the segment). */
  problems: string[];
  /** Fields placed by shape or repaired rather than read from a marked position (see provenance.ts). */
  guessed?: ReadableField[];
}

/** The fields whose reading is recorded (src/citations/provenance.ts). */
export type ReadableField = ReadField;

export interface StyleParser {
  id: StyleId;
  /** Does this text plausibly start a new reference (used to rejoin splits)? */
  looksLikeStart(text: string): boolean;
  /** Does this text already hold a whole reference (ends in year/pages/DOI)? */
  isComplete(text: string): boolean;
  parse(text: string): ParseResult;
}

export interface ImportedEntry {
  /** How each field was read; absent for an entry kept as printed text. */
  how?: Provenance;
  /** The entry as printed, when its parts could not be read (`ref` then has no fields). */
  printed?: string;
  key: string;
  n: number;
  /** The letter of one paper when the list prints several under one number (`a) …; b) …`). */
  part?: string;
  line: number;
  ref: ParsedReference;
  /** True when the parser failed and the entry is the raw text as @misc. */
  unparsed: boolean;
}

export interface ImportResult {
  review: string;
  /** The style or format the list was read in. */
  style: StyleId | FormatId;
  /** How sure the reading is: the share of entries read (1 for a structured format). */
  confidence: number;
  entries: ImportedEntry[];
  diagnostics: Diagnostic[];
}
