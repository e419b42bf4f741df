// The grammar @citation-js/plugin-bibtex reads BibTeX files with (lib/input/file.js), which its
// package declares no types for. bibtex-entries.ts runs it with token positions recorded.
declare module '@citation-js/plugin-bibtex/lib/input/file.js' {
  export interface BibtexToken {
    type: string;
    value: string;
    text: string;
    offset: number;
    line: number;
    col: number;
  }
  export interface BibtexLexer {
    reset(text: string): BibtexLexer;
    next(): BibtexToken | undefined;
    formatError(token: BibtexToken | undefined, message: string): string;
  }
  /** `this` of a grammar rule. */
  export interface GrammarContext {
    token: BibtexToken | undefined;
    state: Record<string, unknown>;
    consumeRule(rule: string): unknown;
  }
  export type GrammarRule = (this: GrammarContext) => unknown;
  export const bibtexGrammar: {
    rules: Record<string, GrammarRule>;
    defaultState: object;
    /** The lexer of the last parse() (a moo lexer; reset() starts it on a new text). */
    lexer: BibtexLexer;
  };
  export function parse(text: string): unknown[];
}
