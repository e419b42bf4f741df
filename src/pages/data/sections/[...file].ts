import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site.ts';
import { anchoredSections, sectionWorks } from '../../../markdown/section-works.ts';
import { worksFile } from '../../../render/works-files.ts';

// The works cited in one section: /data/sections/<chapter>/<anchor>.bib|.ris (linked from the
// section's cite panel; only sections that cite something).
export const getStaticPaths = (() =>
  loadSite({ base: import.meta.env.BASE_URL })
    .chapters()
    .flatMap((c) =>
      anchoredSections(c)
        .filter((s) => sectionWorks(c, s.anchor).length)
        .flatMap((s) => (['bib', 'ris'] as const).map((ext) => ({ params: { file: `${c.slug}/${s.anchor}.${ext}` }, props: { chapter: c.slug, anchor: s.anchor, ext } }))),
    )) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: string; anchor: string; ext: string }> = ({ props }) => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  const chapter = site.chapters().find((c) => c.slug === props.chapter)!;
  return worksFile(site.citations, sectionWorks(chapter, props.anchor), props.ext);
};
