import type { StyleId, StyleParser } from '../types.ts';
import { ama } from './ama.ts';
import { springer } from './springer.ts';
import { wiley } from './wiley.ts';
import { acs } from './acs.ts';
import { aps, cell, elsevier, ieee, nature, rsc } from './plain.ts';

/** Every style; detection prefers the earlier of two that read a list equally well. */
export const STYLES: Record<StyleId, StyleParser> = { ama, springer, wiley, acs, nature, cell, elsevier, rsc, ieee, aps };
export const STYLE_IDS = Object.keys(STYLES) as StyleId[];

export function isStyleId(s: string): s is StyleId {
  return (STYLE_IDS as string[]).includes(s);
}
