import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor } from 'unified';
import { MDX_NODES } from '../../../src/markdown/mdx-nodes.ts';

/**
 * The peer side of bench:peer: a chapter read as Astro's MDX integration reads it (Markdown,
 * frontmatter, GFM, MDX, and math as the site's chain parses it), turned into hast, then
 * rehype-citation, which works on hast text. Nothing else of the site's chain runs on this side.
 */

/** The name the site's CSL style is registered under in the peer's own citation-js. */
export const PEER_STYLE = 'atlas-site-style';

/** rehype-citation's options: the works' BibTeX file in `dir`, the site's style and locale, numbers linked to their entries (as ours are). */
export const peerOptions = (dir: string, lang: string) => ({ path: dir, bibliography: 'works.bib', csl: PEER_STYLE, lang, linkCitations: true });

/** What the bench uses of rehype-citation's module (its types declare only the default export). */
export interface PeerModule {
  default: Plugin<[ReturnType<typeof peerOptions>], HastRoot, HastRoot>;
  /** citation-js, as bundled by rehype-citation (0.7): its README's way to add a style. */
  Cite: { plugins: { config: { get(name: '@csl'): { templates: { add(name: string, xml: string): void } } } } };
}

/** rehype-citation loaded, with the site's CSL style registered in its citation-js (as its README shows for custom styles). */
export async function loadPeer(styleXml: string): Promise<PeerModule> {
  const peer = (await import('rehype-citation')) as unknown as PeerModule;
  peer.Cite.plugins.config.get('@csl').templates.add(PEER_STYLE, styleXml);
  return peer;
}

export function peerProcessor(citations?: [PeerModule['default'], ReturnType<typeof peerOptions>]): Processor<Root, Root, HastRoot> {
  const p = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).use(remarkMath).use(remarkRehype, { passThrough: MDX_NODES });
  return (citations ? p.use(citations[0], citations[1]) : p) as unknown as Processor<Root, Root, HastRoot>;
}
