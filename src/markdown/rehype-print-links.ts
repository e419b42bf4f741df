import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What a link prints as on paper, where it cannot be followed (src/styles/print.css shows it after
 * the link): a page of the site as its path, a DOI as `doi:…`, any other address as host and path,
 * shortened. Nothing for links inside the page, citations, the bibliography, or links whose text
 * already shows their target.
 */
export function printReference(href: string, linkText: string, base: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  if (href.startsWith(base)) return `/${href.slice(base.length).split('#')[0]}`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (url.hostname === 'doi.org' || url.hostname === 'dx.doi.org') {
    const doi = decodeURIComponent(url.pathname.slice(1));
    return linkText.includes(doi) ? undefined : `doi:${doi}`;
  }
  const short = `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`;
  if (linkText.includes(short)) return undefined;
  return short.length > 48 ? `${short.slice(0, 47)}…` : short;
}

export default function rehypePrintLinks({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      // The bibliography prints its entries in full; its links to other pages need no address.
      if (((node.properties.className as string[] | undefined) ?? []).includes('bibliography')) return SKIP;
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      if (((node.properties.className as string[] | undefined) ?? []).includes('cite-ref')) return;
      const short = printReference(node.properties.href, toString(node), base);
      if (short) node.properties.dataPrintAs = short;
    });
  };
}
