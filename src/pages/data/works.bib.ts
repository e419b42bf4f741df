import type { APIRoute } from 'astro';
import { worksBib } from '../../citations/publish.ts';
import { loadSite } from '../../site.ts';

export const GET: APIRoute = () =>
  new Response(worksBib(loadSite({ base: import.meta.env.BASE_URL }).citations.library.works), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
