import type { APIRoute, GetStaticPaths } from 'astro';
import { worksBib, worksRis } from '../../../citations/publish.ts';
import { loadSite } from '../../../site.ts';

// One .bib and one .ris per work, for the download buttons of its page.
export const getStaticPaths = (() =>
  loadSite({ base: import.meta.env.BASE_URL }).citations.library.works.flatMap((w) => [
    { params: { file: `${w.id}.bib` } },
    { params: { file: `${w.id}.ris` } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { citations } = loadSite({ base: import.meta.env.BASE_URL });
  const file = params.file!;
  const work = citations.work(file.replace(/\.(bib|ris)$/, ''));
  return file.endsWith('.bib')
    ? new Response(worksBib([work]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(worksRis([work]), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
