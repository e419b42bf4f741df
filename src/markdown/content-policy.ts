/**
 * What a chapter may contain. Chapters arrive as pull requests from people we do not know, and
 * MDX is a programming language: an import, an export or an expression runs on the build machine
 * (CI included), and HTML runs in every reader's browser. Chapters are prose, so the rules are
 * few and strict; each refusal says what to write instead. The rules are data here and applied
 * by remark-content-policy.ts (and so by the build and `npm run check` alike).
 */

/** Modules a chapter may import, and how: the components the site ships for chapters. */
export const CONTENT_IMPORTS: Record<string, 'named' | 'default'> = {
  '@astrojs/starlight/components': 'named',
  '~/components/SourceList.astro': 'default',
  '~/components/Contents.astro': 'default',
};

/** Components a chapter uses without importing them (replaced by a plugin before MDX compiles). */
export const BUILT_IN_COMPONENTS = new Set(['DataTable', 'Chart']);

const LINK_INSTEAD = 'link to it instead: [what it is](https://…)';
const REMOVE_IT = 'remove it';

/** HTML elements a chapter may not contain: why, and what to do. */
export const REFUSED_ELEMENTS: Record<string, string> = {
  script: `a <script> would run in every reader's browser; ${REMOVE_IT}`,
  style: `a <style> restyles the whole page; ${REMOVE_IT} (the site's styles live in src/styles/)`,
  iframe: `an <iframe> shows another site inside the page; ${LINK_INSTEAD}`,
  frame: `a <frame> shows another site inside the page; ${LINK_INSTEAD}`,
  frameset: `a <frameset> shows other sites inside the page; ${LINK_INSTEAD}`,
  object: `an <object> embeds content from elsewhere; ${LINK_INSTEAD}`,
  embed: `an <embed> embeds content from elsewhere; ${LINK_INSTEAD}`,
  meta: `a <meta> can redirect readers or change how the page loads; ${REMOVE_IT} (the page's title and description come from the frontmatter)`,
  link: `a <link> loads files into the page; ${REMOVE_IT}`,
  base: `a <base> changes where every link of the page points; ${REMOVE_IT}`,
  form: `a <form> sends what readers type somewhere; ${REMOVE_IT}`,
};

/** Attributes holding a URL that the browser follows or loads (lower case; JSX and hast spell some in camel case). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'xlink:href', 'xlinkhref', 'ping']);

/** A URL that runs script when followed (browsers ignore case, whitespace and control characters in the scheme). */
export const isScriptUrl = (url: string): boolean => /^(javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));

/** A URL that loads from another site: absolute http(s) or protocol-relative. */
export const isRemote = (url: string): boolean => /^(https?:)?\/\//i.test(url.trim());

export const FIGURE_ADVICE =
  'images load from the site itself, so readers are not tracked and the page works offline: save the image next to the chapter (e.g. content/<part>/figures/<name>.png) and write ![what the figure shows](./figures/<name>.png)';

/** Why an element cannot be in a chapter, or undefined when it can. */
export function elementProblem(name: string): string | undefined {
  const why = REFUSED_ELEMENTS[name.toLowerCase()];
  return why ? `<${name}> is not allowed in a chapter: ${why}.` : undefined;
}

/** Why an attribute (of element `element`) cannot be in a chapter, or undefined when it can. */
export function attributeProblem(element: string, name: string, value: string | undefined): string | undefined {
  if (/^on/i.test(name)) return `the event-handler attribute ${name} on <${element}> would run script in readers' browsers: remove it.`;
  const n = name.toLowerCase();
  if (value === undefined || !URL_ATTRIBUTES.has(n)) return undefined;
  if (isScriptUrl(value)) return `a javascript: URL (${name} on <${element}>) runs script when followed: link to a page (https://… or /part/chapter/).`;
  if (element.toLowerCase() === 'img' && (n === 'src' || n === 'srcset') && isRemote(value)) return `the remote image ${value} is not allowed: ${FIGURE_ADVICE}.`;
  return undefined;
}
