import { basename, extname, relative, resolve, sep } from 'node:path';
import type { Program } from 'estree';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Definition, Html, Image, Link, Nodes, Root } from 'mdast';
import type { MdxFlowExpression, MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm, MdxTextExpression } from 'mdast-util-mdx';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../data/problems.ts';
import { projectPaths } from '../project.ts';
import { SLUG, slugify } from '../data/slug.ts';
import { frontmatterOf } from './frontmatter.ts';
import { attributeProblem, BUILT_IN_COMPONENTS, CONTENT_IMPORTS, elementProblem, FIGURE_ADVICE, isRemote, isScriptUrl } from './content-policy.ts';

export interface RemarkContentPolicyOptions {
  /** The project root: files under <root>/content are chapters, whose names must be slugs. */
  root: string;
}

const allowedImports = Object.entries(CONTENT_IMPORTS)
  .map(([from, how]) => (how === 'named' ? `{ … } from '${from}'` : `the default export of '${from}'`))
  .join(', ');

const short = (code: string) => {
  const one = code.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
};

/** An expression that is a plain value (a string, number, boolean), which runs nothing. */
const isPlainValue = (program: Program | null | undefined): boolean => {
  const [statement, ...rest] = program?.body ?? [];
  if (!statement || rest.length || statement.type !== 'ExpressionStatement') return false;
  const e = statement.expression;
  return e.type === 'Literal' || (e.type === 'TemplateLiteral' && e.expressions.length === 0);
};

/**
 * Applies the content policy (content-policy.ts) to a chapter: its file name, its imports and
 * exports, its expressions, its HTML and JSX (elements, event handlers, script URLs, remote
 * images) and its Markdown links and images. Each refusal is a problem at its line with what to
 * write instead, so the check and the build refuse the same things.
 */
export default function remarkContentPolicy({ root }: RemarkContentPolicyOptions) {
  const contentDir = projectPaths(root).content;
  return (tree: Root, file: VFile) => {
    const refuse = (reason: string, place: Point | undefined, rule: string) => report(file, reason, place, { rule });
    const start = (node: { position?: { start: Point } | undefined }) => node.position?.start;

    if (file.path) {
      const path = resolve(file.cwd, file.path);
      if (path.startsWith(`${contentDir}${sep}`)) {
        const rel = relative(contentDir, path);
        const ext = extname(rel);
        const parts = rel.slice(0, -ext.length).split(sep);
        if (!parts.every((p) => SLUG.test(p))) {
          const fixed = `${parts.map(slugify).join('/')}${ext}`;
          refuse(
            `the file name "${basename(rel)}"${parts.length > 1 ? ` (in ${parts.slice(0, -1).join('/')}/)` : ''} is not a slug: rename it content/${fixed} (lower-case words joined by hyphens: the path is the page's address)`,
            { line: 1, column: 0 },
            'policy-file-name',
          );
        }
      }
    }

    frontmatterHtml();

    const lines = String(file.value).split('\n');
    // Imports first: they name the components the chapter may use.
    const components = new Set(BUILT_IN_COMPONENTS);
    visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
      for (const statement of node.data?.estree?.body ?? []) {
        const at = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : start(node);
        if (statement.type !== 'ImportDeclaration') {
          const written = at ? lines[at.line - 1] ?? '' : node.value;
          refuse(`\`${short(written)}\`: a chapter cannot export or run code (it would run on every build); remove it. A chapter's data goes in its frontmatter.`, at, 'policy-export');
          continue;
        }
        const from = String(statement.source.value);
        const how = CONTENT_IMPORTS[from];
        const fits = how && statement.specifiers.length > 0 && statement.specifiers.every((s) => (how === 'named' ? s.type === 'ImportSpecifier' : s.type === 'ImportDefaultSpecifier'));
        if (!fits) {
          refuse(`import from '${from}' is not allowed: a chapter may import only the components the site ships (${allowedImports}).`, at, 'policy-import');
          continue;
        }
        for (const s of statement.specifiers) components.add(s.local.name);
      }
    });

    visit(tree, (node: Nodes) => {
      switch (node.type) {
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          const expression = node as MdxFlowExpression | MdxTextExpression;
          // A comment, {/* … */}, runs nothing.
          if ((expression.data?.estree?.body.length ?? 1) === 0) return;
          refuse(
            `the expression {${short(expression.value)}} would run on the build machine: chapters are prose. For a literal brace write \\{, for a note to editors {/* … */}.`,
            start(expression),
            'policy-expression',
          );
          return;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          jsxElement(node as MdxJsxFlowElement | MdxJsxTextElement);
          return;
        case 'html':
          htmlElements(node as Html);
          return;
        case 'image':
          if (isRemote((node as Image).url)) refuse(`the remote image ${(node as Image).url} is not allowed: ${FIGURE_ADVICE}.`, start(node), 'policy-image');
          else if (isScriptUrl((node as Image).url)) refuse(`a javascript: URL runs script: use an image file. ${FIGURE_ADVICE}.`, start(node), 'policy-url');
          return;
        case 'link':
        case 'definition':
          if (isScriptUrl((node as Link | Definition).url)) refuse('a javascript: URL runs script when followed: link to a page (https://… or /part/chapter/).', start(node), 'policy-url');
          return;
      }
    });

    function jsxElement(node: MdxJsxFlowElement | MdxJsxTextElement) {
      const at = start(node);
      const name = node.name;
      if (name === null) return; // a fragment, <>…</>
      if (/^[A-Z]|\./.test(name)) {
        if (!components.has(name.split('.')[0]!)) {
          refuse(`<${name}> is not a component this chapter imports: import it from the components the site ships (${allowedImports}), or write Markdown.`, at, 'policy-component');
        }
      } else {
        const problem = elementProblem(name);
        if (problem) refuse(problem, at, 'policy-element');
      }
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          refuse(`{${short(attribute.value)}} on <${name}> is an expression, which would run on the build machine: write each attribute as name="value".`, at, 'policy-expression');
          continue;
        }
        const value = attribute.value;
        if (value && typeof value === 'object') {
          if (!isPlainValue(value.data?.estree)) {
            refuse(`${attribute.name}={${short(value.value)}} on <${name}> is an expression, which would run on the build machine: write ${attribute.name}="value".`, at, 'policy-expression');
            continue;
          }
        }
        const problem = attributeProblem(name, attribute.name, typeof value === 'string' ? value : undefined);
        if (problem) refuse(problem, at, 'policy-attribute');
      }
    }

    // Starlight writes a few frontmatter fields into the page as HTML or as attributes; the
    // schema keeps the banner's and hero's text plain (src/schema/chapter.ts), these are the rest.
    function frontmatterHtml() {
      const fm = frontmatterOf(file);
      const yaml = file.data.frontmatterYaml;
      const at = (path: string[]): Point => ({ line: yaml ? yaml.firstLine + yaml.doc.lineOf(path) - 1 : 1, column: 0 });
      const hero = fm.hero as { image?: { html?: unknown } } | undefined;
      if (hero?.image?.html !== undefined) {
        refuse('frontmatter `hero.image.html` is written into the page as HTML: use `hero.image.file` with an image file next to the chapter.', at(['hero', 'image', 'html']), 'policy-frontmatter');
      }
      const attrs = (fm.sidebar as { attrs?: Record<string, unknown> } | undefined)?.attrs ?? {};
      for (const [name, value] of Object.entries(attrs)) {
        const problem = attributeProblem('a', name, typeof value === 'string' ? value : undefined);
        if (problem) refuse(`frontmatter \`sidebar.attrs\`: ${problem}`, at(['sidebar', 'attrs', name]), 'policy-frontmatter');
      }
    }

    // Raw HTML (in .md files; MDX reads tags as JSX): the same rules, on the parsed fragment.
    function htmlElements(node: Html) {
      const at = start(node);
      visit(fromHtml(node.value, { fragment: true }) as HastRoot, 'element', (el: Element) => {
        const problem = elementProblem(el.tagName);
        if (problem) refuse(problem, at, 'policy-element');
        for (const [name, v] of Object.entries(el.properties ?? {})) {
          const p = attributeProblem(el.tagName, name, Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v));
          if (p) refuse(p, at, 'policy-attribute');
        }
      });
    }
  };
}
