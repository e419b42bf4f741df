import type { StyleId, StyleParser } from '../types.ts';
import { ama } from './ama.ts';
import { springer } from './springer.ts';
import { wiley } from './wiley.ts';
import { acs } from './acs.ts';

export const STYLES: Record<StyleId, StyleParser> = { ama, springer, wiley, acs };
export const STYLE_IDS = Object.keys(STYLES) as StyleId[];

export function isStyleId(s: string): s is StyleId {
  return (STYLE_IDS as string[]).includes(s);
}
