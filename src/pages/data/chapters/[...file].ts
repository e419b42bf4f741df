import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site.ts';
import { chapterWorks } from '../../../markdown/section-works.ts';
import { worksFile } from '../../../render/works-files.ts';

// The works cited in a whole chapter: /data/chapters/<chapter>.bib|.ris.
export const getStaticPaths = (() =>
  loadSite({ base: import.meta.env.BASE_URL })
    .chapters()
    .filter((c) => chapterWorks(c).length)
    .flatMap((c) => (['bib', 'ris'] as const).map((ext) => ({ params: { file: `${c.slug}.${ext}` }, props: { chapter: c.slug, ext } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: string; ext: string }> = ({ props }) => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return worksFile(site.citations, chapterWorks(site.chapters().find((c) => c.slug === props.chapter)!), props.ext);
};
