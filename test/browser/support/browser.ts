import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium, headless; we never download a browser. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** One browser for the test file that calls this (at its top level): `const browser = useBrowser();`. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; use it inside a test');
    return browser;
  };
}

export const siteUrl = (path = ''): string => inject('siteUrl') + path.replace(/^\//, '');

/**
 * A page that records every request leaving the local server, so a test can assert that the
 * site works offline (requests to other origins are aborted, as they would fail offline), and
 * every Content-Security-Policy violation.
 */
export async function openPage(browser: Browser, path = ''): Promise<{ page: Page; external: string[]; cspViolations: string[] }> {
  const page = await browser.newPage();
  const origin = inject('siteOrigin');
  const external: string[] = [];
  // Chromium reports Content-Security-Policy violations on the console.
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`GET ${siteUrl(path)} answered ${response?.status()}`);
  return { page, external, cspViolations };
}
