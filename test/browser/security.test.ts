import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';

/** One page of every kind the site has. */
const pageKinds = {
  home: '',
  chapter: 'foundations/why-interfaces/',
  'chapter with tables': 'strategies/coatings-compared/',
  work: 'references/han2017nm/',
  references: 'references/',
  source: 'sources/chen2021/',
  overlap: 'overlap/',
  glossary: 'glossary/',
};

const browser = useBrowser();

describe('content security policy', () => {
  for (const [kind, path] of Object.entries(pageKinds)) {
    test(`the ${kind} page forbids inline and remote script, and breaks none of its own`, async () => {
      const { page, external, cspViolations } = await openPage(browser(), path);
      await page.waitForLoadState('networkidle');
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toBeTruthy();
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toMatch(/https?:/);
      expect(csp).toContain("default-src 'self'");
      expect(cspViolations).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    });
  }

  test('no CSP violation is reported while search runs (Pagefind compiles WebAssembly)', async () => {
    const { page, cspViolations: messages } = await openPage(browser(), 'foundations/why-interfaces/');
    await page.locator('atlas-search button[data-open-modal]').first().click();
    await page.locator('atlas-search input[type="search"]').fill('garnet');
    await page.locator('atlas-search a.result-link').first().waitFor();
    expect(messages).toEqual([]);
    await page.close();
  });
});
