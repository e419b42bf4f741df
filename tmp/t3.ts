import { assignAnchors } from '../src/markdown/heading-anchors.ts';
const headings = [
  { text: 'Why contact matters', depth: 2, line: 8 },
  { text: 'Stack pressure', depth: 2, line: 12 },
  { text: 'Stack pressure', depth: 3, line: 15 },
];
const reworded = [{ text: 'Why intimate contact matters', depth: 2, line: 8 }, ...headings.slice(1)];
try { console.log(assignAnchors(reworded, { file: 'c.mdx', source: '', anchors: { 'Why intimate contact matters': 'why-contact-matters', 'Stack pressure': 'stack-pressure-1' } })); } catch (e) { console.log(e.message) }
const src = `---\ntitle: T\nanchors:\n  Stack pressure: references\nanchorAliases:\n  old-pressure: nowhere\n  stack-pressure: why-contact-matters\n---\n`;
try { assignAnchors(headings.slice(0, 2), { file: 'c.mdx', source: src, anchors: { 'Stack pressure': 'references' }, anchorAliases: { 'old-pressure': 'nowhere', 'stack-pressure': 'why-contact-matters' } }); } catch (e) { console.log(e.message) }
