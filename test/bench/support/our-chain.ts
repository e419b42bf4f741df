import { chapterProcessor, type ChainOptions } from '../../../src/markdown/chain.ts';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import { remarkChartFigures } from '../../../src/markdown/remark-charts.ts';

/**
 * The site's chain (src/markdown/chain.ts) with and without the citation plugin. Charts' figures
 * number their marks as the page's citations do, so they cannot run without them: both leave them
 * out, and the difference between the two is the citation plugin's alone.
 */
export function ourProcessors(chain: ChainOptions) {
  return {
    with: chapterProcessor(chain, { omit: [remarkChartFigures] }),
    without: chapterProcessor(chain, { omit: [remarkCitations, remarkChartFigures] }),
  };
}
