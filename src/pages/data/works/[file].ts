import type { APIRoute, GetStaticPaths } from 'astro';
import { dataCacheKey } from '../../../render/page-cache-key.ts';
import { worksFile } from '../../../render/works-files.ts';
import { loadSite } from '../../../site.ts';

// One .bib and one .ris per work, for the download buttons of its page.
// Each holds one work of the library: a warm build copies it while bib/ is unchanged.
export const getStaticPaths = (() => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return site.citations.library.works.flatMap((w) =>
    [`${w.id}.bib`, `${w.id}.ris`].map((file) => ({ params: { file }, cacheKey: dataCacheKey(site.root, file) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { citations } = loadSite({ base: import.meta.env.BASE_URL });
  const file = params.file!;
  return worksFile(citations, [file.replace(/\.(bib|ris)$/, '')], file.endsWith('.bib') ? 'bib' : 'ris');
};
