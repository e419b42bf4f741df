import type { APIRoute, GetStaticPaths } from 'astro';
import { worksFile } from '../../../render/works-files.ts';
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
  return worksFile(citations, [file.replace(/\.(bib|ris)$/, '')], file.endsWith('.bib') ? 'bib' : 'ris');
};
