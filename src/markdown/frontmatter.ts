import type {} from '@astrojs/markdown-remark'; // declares file.data.astro, where Astro hands plugins the frontmatter
import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { readYaml, type YamlDocument } from '../data/yaml-file.ts';

declare module 'vfile' {
  interface DataMap {
    /** The frontmatter as read (its value, syntax errors, lines), the file line of its first line and of its closing ---. */
    frontmatterYaml: { doc: YamlDocument; firstLine: number; closingLine: number };
  }
}

/** The frontmatter of a plain unified pipeline's tree (remark-frontmatter keeps it as a yaml node). */
export function yamlFrontmatter(tree: Root): Record<string, unknown> {
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  return (yaml ? (parseYaml(yaml.value) as Record<string, unknown> | null) : undefined) ?? {};
}

/** A page's frontmatter: Astro hands it over parsed; plain unified pipelines keep a yaml node. */
export const frontmatterOf = (file: VFile, tree?: Root): Record<string, unknown> => file.data.astro?.frontmatter ?? (tree ? yamlFrontmatter(tree) : {});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * For the chapter processor outside Astro: reads the frontmatter once and hands it to the plugins
 * where Astro does (file.data.astro.frontmatter), so every plugin reads it the same way in both;
 * `npm run check` validates the same reading (file.data.frontmatterYaml), at its lines.
 */
export default function remarkFrontmatterData() {
  return (tree: Root, file: VFile) => {
    if (file.data.astro?.frontmatter) return;
    const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
    let frontmatter: Record<string, unknown> = {};
    if (yaml) {
      const doc = readYaml(yaml.value);
      // Line 1 of the file is the opening ---.
      file.data.frontmatterYaml = { doc, firstLine: (yaml.position?.start.line ?? 1) + 1, closingLine: yaml.position?.end.line ?? 1 };
      if (doc.errors.length === 0 && isRecord(doc.value)) frontmatter = doc.value;
    }
    file.data.astro = { ...file.data.astro, frontmatter };
  };
}
