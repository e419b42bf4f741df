import { describe, expect, it } from 'vitest';
import { canonicalCitationKeys, type KeyResolver } from '../../bench/support/peer-keys.ts';

// A made-up index: review-local keys resolve to works; `rev:9` holds two papers.
const works: Record<string, string[]> = { 'rev:1': ['smith2020'], 'rev:2': ['lee2019'], 'rev:9': ['kim2018a', 'park2018'], rev: ['rev'] };
const resolve: KeyResolver = (key) => (works[key] ? { ok: true, works: works[key]!.map((id) => ({ id })) } : { ok: false });

describe('canonicalCitationKeys (the peer bench’s pre-pass)', () => {
  it('rewrites bracket, grouped, located, prefixed and year-only citations to the works’ keys', () => {
    const r = canonicalCitationKeys('A [@rev:1]. B [see @rev:1; @rev:2, p. 3]. C [-@rev:2].', resolve);
    expect(r.text).toBe('A [@smith2020]. B [see @smith2020; @lee2019, p. 3]. C [-@lee2019].');
    expect(r.items).toBe(4);
    expect(r.unresolved).toEqual([]);
  });

  it('rewrites in-text citations and keeps the sentence around them', () => {
    expect(canonicalCitationKeys('As @rev shows, and @rev:1 found.', resolve).text).toBe('As @rev shows, and @smith2020 found.');
  });

  it('cites every paper of a number that holds several, in brackets when it was written in-text', () => {
    expect(canonicalCitationKeys('X [@rev:9; @rev:1].', resolve).text).toBe('X [@kim2018a; @park2018; @smith2020].');
    expect(canonicalCitationKeys('X [-@rev:9].', resolve).text).toBe('X [-@kim2018a; -@park2018].');
    expect(canonicalCitationKeys('@rev:9 agree.', resolve).text).toBe('[@kim2018a; @park2018] agree.');
  });

  it('leaves escaped at-signs and keys it cannot resolve as written, and names the keys', () => {
    const r = canonicalCitationKeys('Mail \\@rev:1 or [@nope:3] and [@rev:1].', resolve);
    expect(r.text).toBe('Mail \\@rev:1 or [@nope:3] and [@smith2020].');
    expect(r.unresolved).toEqual(['nope:3']);
    expect(r.items).toBe(1);
  });
});
