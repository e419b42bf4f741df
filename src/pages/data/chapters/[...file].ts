import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site.ts';
import { chapterWorks } from '../../../markdown/section-works.ts';
import { dataCacheKey } from '../../../render/page-cache-key.ts';
import { worksFile } from '../../../render/works-files.ts';
import { sectionCitationsBib, sectionCitePanels, sectionToolsOptions } from '../../../render/section-citations.ts';

type Props = { chapter: string; ext: 'bib' | 'ris' } | { chapter: string; sections: 'json' | 'bib' };

// A chapter's data files:
// - the works cited in the whole chapter: /data/chapters/<chapter>.bib|.ris;
// - its sections' own citations: /data/chapters/<chapter>.sections.json (the formats each
//   section's cite panel loads on opening) and .sections.bib (the same as BibTeX, linked from
//   the panels for readers without script).
// A warm build copies a file while what it is made of is unchanged: the works cited, or the
// sections (headings, anchors), title and authors; bib/, the code and the version are in every key.
export const getStaticPaths = (() => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  return site.chapters().flatMap((c) => {
    const works = chapterWorks(c);
    const worksFiles = works.length
      ? (['bib', 'ris'] as const).map((ext) => ({
          params: { file: `${c.slug}.${ext}` },
          props: { chapter: c.slug, ext },
          cacheKey: dataCacheKey(site.root, [`${c.slug}.${ext}`, works]),
        }))
      : [];
    const cited = {
      title: c.title,
      authors: c.frontmatter.authors ?? null,
      sections: c.sections.map((s) => [s.anchor, s.heading, s.depth]),
      site: import.meta.env.SITE,
      base: site.base,
    };
    const sectionFiles = (['json', 'bib'] as const).map((ext) => ({
      params: { file: `${c.slug}.sections.${ext}` },
      props: { chapter: c.slug, sections: ext },
      cacheKey: dataCacheKey(site.root, [`${c.slug}.sections.${ext}`, cited]),
    }));
    return [...worksFiles, ...sectionFiles];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const site = loadSite({ base: import.meta.env.BASE_URL });
  const chapter = site.chapters().find((c) => c.slug === props.chapter)!;
  if ('ext' in props) return worksFile(site.citations, chapterWorks(chapter), props.ext);
  const options = sectionToolsOptions(site, import.meta.env.SITE);
  return props.sections === 'json'
    ? new Response(JSON.stringify(sectionCitePanels(chapter, options)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(sectionCitationsBib(chapter, options), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
