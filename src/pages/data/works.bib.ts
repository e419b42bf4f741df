import type { APIRoute } from 'astro';
import { worksBib } from '../../citations/publish.ts';
import { loadSite } from '../../site.ts';

export const GET: APIRoute = () => {
  const { citations } = loadSite({ base: import.meta.env.BASE_URL });
  return new Response(worksBib(citations.library.works, citations.exports), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
