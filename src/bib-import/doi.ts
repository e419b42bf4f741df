/**
 * DOIs in the raw lists are broken by the extraction: spaces inside
 * (`10. 1016/j.ensm…`, `https:// doi.org/…`, `jpows our`), line breaks
 * (rejoined with a space by segment.ts) and URL prefixes. A DOI never
 * contains whitespace, so inside a DOI every space is damage and can go.
 */

export interface DoiMatch {
  /** Bare DOI (`10.xxxx/…`) or undefined when none was found. */
  doi?: string;
  /** Text with the DOI (and its URL/label) removed. */
  rest: string;
  /** A DOI that failed the plausibility check, as printed (for the note). */
  suspect?: string;
  problems: string[];
}

/** Start of a DOI reference: URL forms (possibly spaced out) or a `DOI:` label. */
const DOI_START = /(?:h\s*t\s*t\s*p\s*s?\s*:\s*\/\s*\/\s*(?:dx\s*\.\s*)?d\s*o\s*i\s*\.\s*o\s*r\s*g\s*\/|\bdoi\s*:\s*|\bDOI\s*:?\s*)(?=\s*1\s*0\s*\.)/i;

/**
 * Extract the DOI that runs from its start marker to the end of the entry
 * (all four styles put it last). Whitespace inside is removed; a trailing
 * full stop is punctuation, not DOI.
 */
export function extractDoi(text: string): DoiMatch {
  const problems: string[] = [];
  const m = DOI_START.exec(text);
  if (!m) {
    // A bare URL prefix with nothing usable after it: the line was cut.
    const cut = /\s*h\s*t\s*t\s*p\s*s?:?[^\s]*\s*$/i.exec(text);
    if (cut && !/10\./.test(cut[0]) && /https?:\/*\s*(?:doi|dx)|htt?p?s?$/i.test(cut[0])) {
      problems.push(`DOI truncated to "${cut[0].trim()}" — dropped`);
      return { rest: text.slice(0, cut.index).trim(), problems };
    }
    return { rest: text, problems };
  }
  let tail = text.slice(m.index + m[0].length);
  // Anything after the DOI that is clearly not part of it (ACS "DOI: x." then nothing)
  tail = tail.replace(/\s+/g, '').replace(/[.,;]+$/, '');
  const doi = tail;
  const rest = text.slice(0, m.index).replace(/[\s,.;]+$/, '').trim();
  const check = checkDoi(doi);
  if (check) {
    problems.push(`${check} — kept in note, not in doi`);
    return { rest, problems, ...(doi.length <= 80 && !/[{}]/.test(doi) ? { suspect: doi } : {}) };
  }
  return { doi, rest, problems };
}

/**
 * Plausibility checks that catch DOIs cut by the extraction. ACS journal DOIs
 * have a fixed shape (`acsami.8b18356`, `acs.chemmater.7b03002`): a shorter
 * tail means the line was cut. Returns a message, or undefined when fine.
 */
export function checkDoi(doi: string): string | undefined {
  // A DOI is short and has no braces: a longer run means the entry swallowed the text after it.
  if (!/^10\.\d{4,9}\/[^\s{}]+$/.test(doi) || doi.length > 80) return `"${doi.slice(0, 60)}${doi.length > 60 ? '…' : ''}" is not a DOI`;
  const acs = /^10\.1021\/(acs[a-z]*\.)?([a-z]+)?\.?(\d[a-z]\d*)$/i.exec(doi);
  if (acs && acs[3] && !/^\d[a-z]\d{5}$/i.test(acs[3])) return `DOI "${doi}" looks truncated`;
  if (/[./-]$/.test(doi) || /\/[a-z]{0,2}$/i.test(doi)) return `DOI "${doi}" looks truncated`;
  return undefined;
}
