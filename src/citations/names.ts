/**
 * Works named as researchers name them in running text: "Sun" (one author), "Wang and Adair"
 * (two), "Chen et al." (three or more), with the year: "Chen et al. (2021)" in a sentence,
 * "Chen et al. 2021" in a list.
 */

/**
 * The author part of a short name, from family names (or literal names) in print order;
 * `incomplete` when the list ends "et al." (the source names only the first authors).
 */
export function authorsLabel(families: readonly string[], incomplete = false): string | undefined {
  if (families.length === 0) return undefined;
  if (incomplete) return `${families[0]} et al.`;
  if (families.length === 1) return families[0];
  if (families.length === 2) return `${families[0]} and ${families[1]}`;
  return `${families[0]} et al.`;
}

export interface ShortName {
  /** `Chen et al.` */
  authors: string;
  /** `2021`, or `2025a` where two reviews would otherwise share a name. */
  year: string;
}

/** `Chen et al. (2021)`: how a sentence names the work. */
export const narrativeName = (n: ShortName): string => `${n.authors} (${n.year})`;
/** `Chen et al. 2021`: how a list or a label names it. */
export const listName = (n: ShortName): string => `${n.authors} ${n.year}`;

/** The form a `short:` override in bib/sources.yaml takes: the name as a sentence prints it. */
export const SHORT_NAME = /^(\S.*?) \((\d{4}[a-z]?)\)$/;

/** A review as bib/sources.yaml gives it: authors as "Family, Given" (or one literal name). */
export interface NamedSource {
  authors: readonly string[];
  year: number;
  short?: string | undefined;
}

/** A family name from "Family, Given"; a name without a comma is literal (a consortium). */
export const familyName = (author: string): string => author.split(/,\s*/)[0]!.trim();

/**
 * A review's short name: its `short:` override when it has one (written "Sun et al. (2025a)"),
 * else derived from its authors and year.
 */
export function sourceShortName(s: NamedSource): ShortName {
  const m = s.short ? SHORT_NAME.exec(s.short) : null;
  if (m) return { authors: m[1]!, year: m[2]! };
  return { authors: authorsLabel(s.authors.map(familyName)) ?? '', year: String(s.year) };
}
