/**
 * Author-list readers for the three conventions in the lists:
 *   AMA       `Winter M, Brodd RJ, et al.`       (family, then run-together initials)
 *   Springer  `Han, X.G., Gong, Y.H., et al.`    (family, comma, dotted initials)
 *   Wiley     `J.-M. Tarascon, D. L. Wood III`   (initials first)
 *   ACS       `Liang, J.; Chen, N.`              (family, comma, initials; `;` between)
 * Initials are normalised to `R. J.` / `J.-M.` so the same person reads the
 * same across reviews (the resolver compares them).
 */
import type { Person } from './types.ts';
import { cleanText } from './text.ts';

const UP = '\\p{Lu}';

/** `RJ` → `R. J.`; `C-W` → `C.-W.`; `NJJ` → `N. J. J.` */
export function dotInitials(run: string): string {
  return run
    .split('-')
    .map((part) => [...part].map((c) => `${c}.`).join(' '))
    .join('-')
    .replace(/-\s*/g, '-');
}

/** `X.G.` → `X. G.`; `J.O.M.` → `J. O. M.`; `Y.-S.` stays; `S.-i` → `S.-i.` */
export function spaceInitials(given: string): string {
  return given
    .replace(/\.\s*(?=\p{L})/gu, '. ')
    .replace(/\.\s*-\s*/g, '.-')
    .replace(/(^|[\s-])(\p{L})$/u, '$1$2.')
    .trim();
}

const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** AMA: `Winter M` / `de Klerk NJJ` / `Ahn C-W`. Returns undefined if not a name. */
export function amaName(s: string): Person | undefined {
  const t = cleanText(s);
  const m = new RegExp(`^(.+?)\\s+(${UP}{1,4}(?:-${UP}{1,3})?)(?:\\s(Jr|Sr|II|III))?$`, 'u').exec(t);
  if (!m) return undefined;
  return { family: m[1]!, given: dotInitials(m[2]!), ...(m[3] ? { suffix: m[3] } : {}) };
}

/**
 * Reads an AMA author list from the start of `text`; returns the persons and
 * the index where the title starts. The list ends at the first `.` that ends
 * an initials run (or `et al.`).
 */
export function readAmaAuthors(text: string): { persons: Person[]; etAl: boolean; end: number } | undefined {
  const persons: Person[] = [];
  const re = new RegExp(`\\s*(et al|[^,.]+?\\s${UP}{1,4}(?:-${UP}{1,3})?(?:\\s(?:Jr|Sr|II|III))?)(\\.|,)`, 'uy');
  let pos = 0;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = re.lastIndex;
    if (m[1] === 'et al') return { persons, etAl: true, end: pos };
    const p = amaName(m[1]!);
    if (!p) return undefined;
    persons.push(p);
    if (m[2] === '.') return { persons, etAl: false, end: pos };
  }
}

/** Springer: tokens `Han`, `X.G.`, `Gong`, `Y.H.`, …, `et al.` separated by `, `. */
export function readSpringerAuthors(list: string): { persons: Person[]; etAl: boolean; problems: string[] } {
  const problems: string[] = [];
  const persons: Person[] = [];
  let etAl = false;
  const tokens = list.split(/,\s*/).map((t) => t.trim()).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (/^et al\.?$/.test(tok)) { etAl = true; continue; }
    const given = tokens[i + 1];
    if (given !== undefined && new RegExp(`^(?:${UP}\\p{Ll}?\\.?\\s*-?\\s*)+$`, 'u').test(given)) {
      persons.push({ family: cleanText(tok), given: spaceInitials(given) });
      i++;
    } else {
      problems.push(`author "${tok}" has no initials`);
      persons.push({ family: cleanText(tok) });
    }
  }
  return { persons, etAl, problems };
}

/** Wiley: `J.-M. Tarascon`, `D. L. Wood III`, `H. Y.-P. Hong`, `Ch. Felder`. */
export function wileyName(s: string): Person | undefined {
  const t = cleanText(s);
  const m = new RegExp(`^((?:${UP}\\p{Ll}?\\.\\s*-?\\s*)+)(.+)$`, 'u').exec(t);
  if (!m) return undefined;
  let family = m[2]!.trim();
  let suffix: string | undefined;
  const parts = family.split(' ');
  if (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1]!)) {
    suffix = parts.pop();
    family = parts.join(' ');
  }
  return { family, given: spaceInitials(m[1]!.trim()), ...(suffix ? { suffix } : {}) };
}

/** ACS: `Norouzi Banis, M.` / `Orimo, S.-i` / `Sun, Y.-K.` */
export function acsName(s: string): Person | undefined {
  const t = cleanText(s);
  const m = new RegExp(`^([^,]+),\\s*((?:${UP}\\p{Ll}?\\.?\\s*-?\\s*)+(?:-?\\p{Ll})?)$`, 'u').exec(t);
  if (!m) return undefined;
  return { family: m[1]!.trim(), given: spaceInitials(m[2]!.trim()) };
}
