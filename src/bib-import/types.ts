/**
 * Shared types of the reference-list importer.
 *
 * The pipeline is: raw text → lines → segments (one per printed reference,
 * rejoined, junk dropped) → numbered segments → parsed references (one style
 * parser) → BibTeX. Every stage reports problems as Diagnostics that carry the
 * 1-based line of the raw file, so the CLI can print `file:LINE: message`.
 */

export type StyleId = 'ama' | 'springer' | 'wiley' | 'acs';

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
}

export interface StyleParser {
  id: StyleId;
  /** Does this text plausibly start a new reference (used to rejoin splits)? */
  looksLikeStart(text: string): boolean;
  /** Does this text already hold a whole reference (ends in year/pages/DOI)? */
  isComplete(text: string): boolean;
  parse(text: string): ParseResult;
}

export interface ImportedEntry {
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
  style: StyleId;
  entries: ImportedEntry[];
  diagnostics: Diagnostic[];
}
