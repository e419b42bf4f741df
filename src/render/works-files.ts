import { worksBib, worksRis } from '../citations/publish.ts';
import type { CitationIndex } from '../citations/citation-index.ts';

/** A .bib or .ris response for a list of works (by canonical key), as the download links expect. */
export function worksFile(citations: CitationIndex, ids: string[], ext: string): Response {
  const works = ids.map((id) => citations.work(id));
  return ext === 'bib'
    ? new Response(worksBib(works, citations.exports), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(worksRis(works, citations.exports), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}
