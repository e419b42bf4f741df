import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewWorks, worksBib } from '../../citations/publish.ts';
import { dataCacheKey } from '../../render/page-cache-key.ts';
import { loadSite } from '../../site.ts';

// The review's works come from bib/ alone: a warm build copies the file while bib/ is unchanged.
export const getStaticPaths = (() => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return site.sources.map((s) => ({ params: { review: s.id }, cacheKey: dataCacheKey(site.root, s.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { citations } = loadSite({ base: import.meta.env.BASE_URL });
  return new Response(worksBib(reviewWorks(citations.library, params.review!), citations.exports), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
