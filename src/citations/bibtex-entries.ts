import { plugins, util } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { bibtexGrammar, parse as parseBibtex, type GrammarContext, type GrammarRule } from '@citation-js/plugin-bibtex/lib/input/file.js';
import { lineIndex } from '../data/line-index.ts';
import { SourceError } from '../data/source-error.ts';

/** One entry of a .bib file as BibTeX tools read it, with where it and each of its fields start. */
export interface RawEntry {
  type: string;
  key: string;
  /** Field name (lower case) → its value as written (LaTeX not yet decoded). */
  properties: Record<string, unknown>;
  annotations?: Record<string, unknown>;
  offset: number;
  line: number;
  /** Field name → the line its name is on. */
  fieldLines: Record<string, number>;
}

/**
 * LaTeX that citation-js leaves as it is (`{\AA}ngström` stays `\AAngström`): the Scandinavian
 * letters and the spacing commands of units and numbers (`10\,nm`). Added to its documented
 * table of commands (config.constants.commands), so every entry is decoded the same way.
 */
const MORE_COMMANDS: Record<string, string> = {
  AA: 'Å',
  aa: 'å',
  ',': '\u202f', // thin space, which does not break: 10 nm
  thinspace: '\u202f',
  ';': '\u2005', // thick space
  ':': '\u205f', // medium space
  '!': '', // negative thin space
  enspace: '\u2002',
  quad: '\u2003',
  qquad: '\u2003\u2003',
  nobreakspace: '\u00a0',
  ldots: '…',
  dots: '…',
  S: '§',
  P: '¶',
  slash: '/',
};
const commands = plugins.config.get('@bibtex').constants.commands;
for (const [name, text] of Object.entries(MORE_COMMANDS)) commands[name] ??= text;

/** The BibTeX field names citation-js reads (BibTeX's and BibLaTeX's); any other is ignored by it. */
export const KNOWN_FIELDS: readonly string[] = Object.keys(plugins.config.get('@bibtex').constants.fieldTypes);

// citation-js's own grammar, run with each entry's and each field's position recorded. The
// grammar keeps the lexer of its last run; one run on nothing hands it over.
parseBibtex('');
const lexer = bibtexGrammar.lexer;
const rules = bibtexGrammar.rules;
const located = new util.Grammar(
  {
    ...(rules as Record<string, () => unknown>),
    Entry(this: GrammarContext) {
      const at = this.token!;
      const fieldLines: Record<string, number> = {};
      this.state.fieldLines = fieldLines;
      this.state.entryOffset = at.offset;
      const entry = rules.Entry!.call(this) as { type: string; label: string; properties: Record<string, unknown>; annotations?: Record<string, unknown> } | undefined;
      return entry && { type: entry.type, key: entry.label, properties: entry.properties, ...(entry.annotations ? { annotations: entry.annotations } : {}), offset: at.offset, line: at.line, fieldLines };
    },
    Field(this: GrammarContext) {
      const at = this.token!;
      const field = (rules.Field as GrammarRule).call(this) as [string, unknown];
      (this.state.fieldLines as Record<string, number>)[field[0]] = at.line;
      return field;
    },
  },
  bibtexGrammar.defaultState,
) as unknown as { parse(lexer: unknown, main: string): RawEntry[]; state: Record<string, unknown> };

const lineAt = (text: string, offset: number) => lineIndex(text)(offset).line;

/**
 * The entries of a BibTeX text, as citation-js reads them (`@type{key, …}` or `@type(key, …)`,
 * any number per line, `@string` abbreviations, `@comment`s and text between entries skipped).
 * A syntax error throws a SourceError at its line and column, in a contributor's words: an
 * entry without a key, or braces that do not balance, are named at the entry's own line.
 */
export function readBibEntries(text: string, file: string): RawEntry[] {
  let entries: RawEntry[];
  try {
    entries = located.parse(lexer.reset(text), 'Main');
  } catch (e) {
    const start = located.state.entryOffset as number | undefined;
    if (start !== undefined) {
      const head = /^@\s*([A-Za-z]+)\s*[{(]\s*([^,\s=]*)\s*([=,]?)/.exec(text.slice(start));
      if (head && !/^(string|preamble)$/i.test(head[1]!) && (head[2] === '' || head[3] === '=')) throw new SourceError(file, lineAt(text, start), `@${head[1]} entry has no key: write \`@${head[1]}{<key>,\` before its fields.`);
      balanced(text, file, start, text.length);
    }
    const message = e instanceof Error ? e.message : String(e);
    const at = /at line (\d+) col (\d+)/.exec(message);
    const first = message.split('\n')[0]!.replace(/ at line \d+ col \d+:?$/, '');
    throw new SourceError(file, at ? Number(at[1]) : 1, `BibTeX syntax error: ${plainWords(first)}. Check the braces and commas of this entry.`, at ? Number(at[2]) : undefined);
  }
  // An entry that closes early (a stray `}`) ends where its braces balance, and BibTeX skips the
  // rest as text between entries: check each entry's stretch of the file, up to the next one.
  entries.forEach((entry, i) => balanced(text, file, entry.offset, entries[i + 1]?.offset ?? text.length, entry.key));
  return entries;
}

/** Throws when the braces from `start` to `end` do not balance, naming the entry at `start`. */
function balanced(text: string, file: string, start: number, end: number, key?: string): void {
  const body = text.slice(start, end).replace(/^[ \t]*%.*$/gm, '');
  const depth = [...body].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
  if (depth === 0) return;
  const name = key ?? /^@\s*[A-Za-z]+\s*[{(]\s*([^,\s]*)/.exec(text.slice(start))?.[1] ?? '';
  throw new SourceError(
    file,
    lineAt(text, start),
    depth > 0
      ? `entry "${name}" opens ${depth} brace${depth > 1 ? 's' : ''} it never closes: close each field's { with }, and the entry with } after its last field.`
      : `entry "${name}" closes ${-depth} brace${depth < -1 ? 's' : ''} it never opened: remove the extra }.`,
  );
}

/** citation-js's parser expectations, in a contributor's words. */
function plainWords(parserMessage: string): string {
  if (/expected "equals"/.test(parserMessage)) return `a field name must be followed by = (write \`name = {value},\`) [${parserMessage}]`;
  if (/expected "rbrace", got "identifier"/.test(parserMessage)) return `a comma is missing after the previous field, or its value is not in braces [${parserMessage}]`;
  return parserMessage;
}

/**
 * The bytes of a .bib file as text. BibTeX files are UTF-8 here; a byte that is not (a Latin-1 é)
 * would be published as a replacement character, so it is an error at its line.
 */
export function decodeBib(bytes: Uint8Array, file: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        throw new SourceError(file, line, 'this line is not UTF-8 (a character saved as Latin-1 or Windows-1252, perhaps): save the file as UTF-8.');
      }
      line++;
      start = i + 1;
    }
    throw new SourceError(file, 1, 'the file is not UTF-8: save it as UTF-8.');
  }
}
