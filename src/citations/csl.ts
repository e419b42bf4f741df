/** The subset of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) we read and write. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts'?: (number | string)[][];
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  ISBN?: string;
  note?: string;
  custom?: Record<string, unknown>;
  [field: string]: unknown;
}

export const itemYear = (item: CslItem): number | undefined => {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  const n = typeof y === 'string' ? Number.parseInt(y, 10) : y;
  return Number.isFinite(n) ? (n as number) : undefined;
};

/**
 * The end of an incomplete author list (BibTeX's `and others`): "et al." as a name, which is how
 * CSL-JSON and RIS carry it and how the site's style prints it. BibTeX exports write `and others`.
 */
export const ET_AL: CslName = { literal: 'et al.' };
export const isEtAl = (name: CslName): boolean => name.literal === ET_AL.literal && !name.family && !name.given;
