import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { GUIDE_FILE, GUIDE_SLUG } from '../project.ts';
import { readGuide, type GuideData } from './guide.ts';

/**
 * The docs collection: the chapters in content/ (Astro's glob loader, unchanged) plus the
 * contributors' guide, CONTRIBUTING.md, as the page /contribute/. The guide is the file itself,
 * rendered with the site's Markdown pipeline, so GitHub and the site show one text.
 */
export function atlasDocsLoader({ root, guideData }: { root: string; guideData: () => GuideData }): Loader {
  const chapters = glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' });
  return {
    name: 'atlas-docs',
    load: async (context) => {
      await chapters.load(context);
      const guide = readGuide(root, guideData());
      if (!guide) return;
      const data = await context.parseData({
        id: GUIDE_SLUG,
        data: { title: guide.title, description: guide.description, sidebar: { order: 1000 } },
        filePath: GUIDE_FILE,
      });
      // Rendered here, not deferred: a broken citation or link in the guide stops the build as
      // it would in a chapter.
      const rendered = await context.renderMarkdown(guide.body, { fileURL: pathToFileURL(join(root, GUIDE_FILE)) });
      // The digest is the rendered page's: the store keeps an entry whose digest did not change,
      // and the page changes with more than its text (links to chapters' anchors, the version).
      context.store.set({ id: GUIDE_SLUG, data, body: guide.body, filePath: GUIDE_FILE, rendered, digest: context.generateDigest(JSON.stringify(rendered)) });
    },
  };
}
