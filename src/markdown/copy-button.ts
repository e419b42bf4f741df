import type { Element } from 'hast';

/**
 * A button that copies the text of the element with id `target` (src/scripts/copy.ts does the
 * copying), and a live region that says so. Markdown plugins emit it as hast;
 * CopyButton.astro renders the same markup.
 */
export function copyButtonHast(target: string, label: string, text = 'Copy'): Element[] {
  return [
    {
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['copy-button'], dataCopyTarget: target, ariaLabel: label },
      children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: text }] }],
    },
    { type: 'element', tagName: 'span', properties: { className: ['copy-status', 'sr-only'], role: 'status', ariaLive: 'polite' }, children: [] },
  ];
}
