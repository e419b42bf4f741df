/**
 * Guess the publisher style of a list from features that only one style has.
 * Each non-blank line votes; the style with most votes wins. The scores are
 * returned so the CLI can warn when `--style` contradicts the text.
 */
import type { StyleId } from './types.ts';

const FEATURES: Record<StyleId, RegExp[]> = {
  // `2004;104(10):4245` — year;volume
  ama: [/(?:1[89]|20)\d{2}\s*;\s*\d/, /^(?:-\s+)?(?:\d+\.\s+)?[\p{Lu}][\p{L}'-]+(?:\s[\p{L}'-]+)*\s\p{Lu}{1,4},\s/u],
  // `Han, X.G., Gong, Y.H.:` and `(2017). https://doi.org`
  springer: [/\p{Lu}\.:\s/u, /\((?:1[89]|20)\d{2}\)\s*[.,]/],
  // `[12] S. Xia, X. Wu, *Chem* **2019**`
  // (bold years alone do not count: ACS prints them too)
  wiley: [/^(?:-\s+)?\[\d+\]\s+(?:[a-h]\)\s*)?(?:\p{Lu}\p{Ll}?\.\s?-?)+\s?\p{Lu}/u],
  // `(1) Liang, J.; Chen, N.;`
  acs: [/^\(\d+\)\s/, /,\s(?:\p{Lu}\.\s?-?)+;\s/u],
};

export interface StyleGuess {
  style: StyleId | undefined;
  scores: Record<StyleId, number>;
  lines: number;
}

export function detectStyle(text: string): StyleGuess {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const scores = { ama: 0, springer: 0, wiley: 0, acs: 0 } as Record<StyleId, number>;
  for (const l of lines) {
    for (const [id, res] of Object.entries(FEATURES) as [StyleId, RegExp[]][]) {
      if (res.some((re) => re.test(l))) scores[id]++;
    }
  }
  const ranked = (Object.entries(scores) as [StyleId, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Require a clear winner: at least a third of the lines, ahead of the runner-up.
  const style = best![1] > 0 && best![1] >= lines.length / 3 && best![1] > second![1] ? best![0] : undefined;
  return { style, scores, lines: lines.length };
}
