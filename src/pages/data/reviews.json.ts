import type { APIRoute } from 'astro';
import { reviewsJson } from '../../citations/publish.ts';
import { loadSite } from '../../site.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(reviewsJson(loadSite({ base: import.meta.env.BASE_URL }).citations.library), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
