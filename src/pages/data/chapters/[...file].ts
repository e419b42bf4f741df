import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site.ts';
import { chapterWorks } from '../../../markdown/section-works.ts';
import { dataCacheKey } from '../../../render/page-cache-key.ts';
import { worksFile } from '../../../render/works-files.ts';

// The works cited in a whole chapter: /data/chapters/<chapter>.bib|.ris.
// A warm build copies the file while the chapter cites the same works and bib/ is unchanged.
export const getStaticPaths = (() => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return site.chapters().flatMap((c) => {
    const works = chapterWorks(c);
    if (!works.length) return [];
    return (['bib', 'ris'] as const).map((ext) => ({ params: { file: `${c.slug}.${ext}` }, props: { chapter: c.slug, ext }, cacheKey: dataCacheKey(site.root, [`${c.slug}.${ext}`, works]) }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: string; ext: string }> = ({ props }) => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return worksFile(site.citations, chapterWorks(site.chapters().find((c) => c.slug === props.chapter)!), props.ext);
};
