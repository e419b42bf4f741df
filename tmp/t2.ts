import { sectionCitation } from '../src/citations/section-citation.ts';
const c = sectionCitation({ id: 'atlas-challenges-interphases-x', chapterTitle: 'Chemical & interphases', heading: 'Reactions at {Li}', siteTitle: 'Interface Atlas', url: 'https://x.org/a/#x', version: {date:'2025-01-20', commit:'abc1234'}, accessed: '9999-12-31', language: 'en' });
console.log(c.text); console.log(c.bibtex); console.log(c.ris); console.log(c.csl);
