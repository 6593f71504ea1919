import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the browser tests share: demo sign-in, the stated purpose, screenshots, layout checks. */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(repoRoot, 'test-artifacts', 'e2e');
export const purpose = 'ЕРДР 251234567890, ст. 394 УК РК';

/** The demo accounts `arna start` creates (cli/src/commands/start.ts). */
export type DemoUser = 'investigator' | 'analyst' | 'supervisor' | 'admin';
const homes: Record<DemoUser, string> = {
  investigator: '/leads',
  analyst: '/leads',
  supervisor: '/leads',
  admin: '/admin',
};

/**
 * A browser context signed in as a demo user, with the purpose stated (it lives in a cookie
 * of the context, so every page opened in it carries it). One sign-in per role and file:
 * each costs an argon2 verification on a busy machine.
 */
export async function signedIn(
  browser: Browser,
  base: string,
  user: DemoUser,
): Promise<BrowserContext> {
  mkdirSync(artifacts, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', `arna-${user}-demo`);
  await page.click('button[type=submit]');
  await page.waitForURL(`**${homes[user]}`);
  if (user !== 'admin') {
    await page.fill('#purpose-input', purpose);
    await page.click('[data-testid=purpose] button[type=submit]');
    await page.locator('[data-testid=purpose].set').waitFor();
  }
  await page.close();
  return context;
}

/**
 * Switches the UI back to Russian and waits until the page says so: the language is a cookie
 * of the context, and the tests after a language switch read Russian labels.
 */
export async function backToRussian(page: Page): Promise<void> {
  await page.click('[data-locale=ru]');
  await expect
    .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
    .toBe('ru');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/**
 * Fails when the page or a table scrolls sideways, or a control's text spills out of it (a
 * longer Kazakh or English label that does not fit): lists the offending elements.
 */
export async function expectNoOverflow(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, .badge, .chip, th, label, .nav a, .tabs [role=tab], .table-wrap',
    )) {
      // Inline boxes have no width of their own.
      if (element.offsetParent === null || getComputedStyle(element).display === 'inline') continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim()}" overflows`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}
