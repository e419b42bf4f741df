import { dirname, join, normalize } from 'node:path/posix';
import ts from 'typescript';
import type { Layer } from './order.ts';

/** One import written in a source file. */
export interface Import {
  line: number;
  /** As written: `../data/routes.ts`. */
  specifier: string;
  /** `import type`, `export type` or every name marked `type`: gone once compiled. */
  typeOnly: boolean;
}

/** A source file of the tree, by its path from the repository's root. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * The parts of an .astro file that hold code, with the line each starts on: the frontmatter
 * between the opening `---` fences, and every `<script>` element.
 */
function astroScripts(text: string): { code: string; firstLine: number }[] {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const out: { code: string; firstLine: number }[] = [];
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (fm) out.push({ code: fm[1]!, firstLine: 2 });
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push({ code: m[1]!, firstLine: lineAt(m.index + m[0].indexOf('>') + 1) });
  }
  return out;
}

const typeOnlyClause = (clause: ts.ImportClause | undefined): boolean =>
  !!clause &&
  (clause.isTypeOnly ||
    // `import type {} from` and `import { type A, type B } from`: no value crosses.
    (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));

/** Every import, re-export and dynamic `import('…')` with a literal name in one piece of code. */
function importsOfCode(code: string, firstLine: number): Import[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, specifier: ts.Expression, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(specifier)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + firstLine;
    out.push({ line, specifier: specifier.text, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, typeOnlyClause(node.importClause));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) add(node, node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every import of a source file (.ts, .mjs, .js or .astro), at its line in the file. */
export function importsOf(file: SourceFile): Import[] {
  if (file.path.endsWith('.astro')) return astroScripts(file.text).flatMap((s) => importsOfCode(s.code, s.firstLine));
  return importsOfCode(file.text, 1);
}

/**
 * The file an import names, from the repository's root, or undefined for a package. `~/` is
 * src/ (tsconfig.json `paths`).
 */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('~/')) return normalize(join('src', specifier.slice(2)));
  if (specifier.startsWith('./') || specifier.startsWith('../')) return normalize(join(dirname(from), specifier));
  return undefined;
}

/** The index in `layers` of the layer whose room holds `path` (the longest room wins), or -1. */
export function layerOf(path: string, layers: readonly Layer[]): number {
  let best = -1;
  let length = -1;
  layers.forEach((layer, i) => {
    for (const room of layer.rooms) {
      const holds = room.endsWith('/') ? path.startsWith(room) : path === room;
      if (holds && room.length > length) {
        best = i;
        length = room.length;
      }
    }
  });
  return best;
}

/**
 * Every import that breaks the layers, as `file:line: what is wrong and what to do`: an import of
 * a file in a higher layer, and a file (or the file it imports) that is in no layer.
 */
export function layerProblems(files: readonly SourceFile[], layers: readonly Layer[]): string[] {
  const problems: string[] = [];
  const order = layers.map((l) => l.name).join(' → ');
  const where = 'test/unit/layers/order.ts';
  for (const file of files) {
    const own = layerOf(file.path, layers);
    if (own === -1) {
      problems.push(`${file.path}:1: this file is in no layer: add its folder to the layer it belongs to in ${where} (${order})`);
      continue;
    }
    for (const imp of importsOf(file)) {
      const target = resolveImport(file.path, imp.specifier);
      if (!target) continue;
      const theirs = layerOf(target, layers);
      if (theirs === -1) {
        problems.push(`${file.path}:${imp.line}: imports ${imp.specifier} (${target}), which is in no layer: add it to ${where}`);
      } else if (theirs > own) {
        problems.push(
          `${file.path}:${imp.line}: imports ${imp.specifier}, which points up from ${layers[own]!.name} to ${layers[theirs]!.name} (the layers, from the ground up: ${where}): move the code it needs down to ${layers[own]!.name} or below, or this file up`,
        );
      }
    }
  }
  return problems;
}

/**
 * Loops of files that import each other's values (type-only imports are erased, so they cannot
 * make a module wait for itself), each as `a → b → a` from its first file in path order.
 */
export function importLoops(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const targets = importsOf(f)
      .filter((i) => !i.typeOnly)
      .map((i) => resolveImport(f.path, i.specifier))
      .filter((t): t is string => t !== undefined && known.has(t));
    edges.set(f.path, [...new Set(targets)].sort());
  }
  // Tarjan's strongly connected components: each one of two files or more is a loop.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(cycleThrough(component.sort(), edges));
    }
  };
  for (const f of [...known].sort()) if (!index.has(f)) connect(f);
  return loops.sort();
}

/** One loop through a component's first file: a → b → … → a (breadth-first, the shortest). */
function cycleThrough(component: string[], edges: Map<string, string[]>): string {
  const inside = new Set(component);
  const start = component[0]!;
  const back = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(back.get(path[0]!)!);
        return [...path, start].join(' → ');
      }
      if (!back.has(w)) {
        back.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(' → ');
}
