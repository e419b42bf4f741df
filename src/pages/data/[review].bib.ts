import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewWorks, worksBib } from '../../citations/publish.ts';
import { loadSite } from '../../site.ts';

export const getStaticPaths = (() =>
  loadSite({ base: import.meta.env.BASE_URL }).sources.map((s) => ({ params: { review: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lib = loadSite({ base: import.meta.env.BASE_URL }).citations.library;
  return new Response(worksBib(reviewWorks(lib, params.review!)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
