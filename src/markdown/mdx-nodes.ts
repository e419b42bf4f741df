import type { Nodes } from 'mdast';
import type {} from 'mdast-util-mdx'; // the MDX node types

/**
 * MDX nodes remark-rehype hands through untouched, as @mdx-js/mdx does. A module of its own so a
 * chain other than the site's (bench:peer's) can parse chapters alike without loading the site's.
 */
export const MDX_NODES: Nodes['type'][] = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];
