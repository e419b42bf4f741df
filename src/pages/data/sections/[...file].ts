import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site.ts';
import { anchoredSections, sectionWorks } from '../../../markdown/section-works.ts';
import { dataCacheKey } from '../../../render/page-cache-key.ts';
import { worksFile } from '../../../render/works-files.ts';

// The works cited in one section: /data/sections/<chapter>/<anchor>.bib|.ris (linked from the
// section's cite panel; only sections that cite something).
// A warm build copies the file while the section cites the same works and bib/ is unchanged.
export const getStaticPaths = (() => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return site.chapters().flatMap((c) =>
    anchoredSections(c).flatMap((s) => {
      const works = sectionWorks(c, s.anchor);
      if (!works.length) return [];
      return (['bib', 'ris'] as const).map((ext) => {
        const file = `${c.slug}/${s.anchor}.${ext}`;
        return { params: { file }, props: { chapter: c.slug, anchor: s.anchor, ext }, cacheKey: dataCacheKey(site.root, [file, works]) };
      });
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: string; anchor: string; ext: string }> = ({ props }) => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  const chapter = site.chapters().find((c) => c.slug === props.chapter)!;
  return worksFile(site.citations, sectionWorks(chapter, props.anchor), props.ext);
};
