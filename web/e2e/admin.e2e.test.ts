import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoOverflow, screenshot, signedIn } from './session';

/**
 * The administrator's console in the browser against `arna start`: users and roles, the
 * audit log with its hash-chain check, and a detection re-run.
 */

let browser: Browser;
let admin: BrowserContext;
const base = inject('arnaUrl');
const officer = 'e2e-officer';

beforeAll(async () => {
  browser = await launchChromium();
  admin = await signedIn(browser, base, 'admin');
});

afterAll(async () => {
  await browser?.close();
});

async function openConsole(): Promise<Page> {
  const page = await admin.newPage();
  await page.goto(`${base}/admin`);
  await page
    .locator('.admin-grid td.mono', { hasText: /^supervisor$/ })
    .waitFor({ timeout: 60_000 });
  return page;
}

const userRow = (page: Page, username: string) =>
  page.locator('.admin-grid tr', {
    has: page.locator('td.mono', { hasText: new RegExp(`^${username}$`) }),
  });

describe('admin', () => {
  it('lists the users, adds one and changes its role', async () => {
    const page = await openConsole();
    const usernames = await page.locator('.admin-grid td.mono').allTextContents();
    expect(usernames).toEqual(
      expect.arrayContaining(['investigator', 'analyst', 'supervisor', 'admin']),
    );
    await page.getByPlaceholder('Пользователь').fill(officer);
    await page.getByPlaceholder('Пароль (от 12 символов)').fill('e2e-officer-password');
    await page.getByRole('button', { name: 'Добавить' }).click();
    await userRow(page, officer).waitFor({ timeout: 30_000 });
    expect(await userRow(page, officer).locator('select').inputValue()).toBe('INVESTIGATOR');

    await userRow(page, officer).locator('select').selectOption('ANALYST');
    await expect
      .poll(() => userRow(page, officer).locator('select').isEnabled(), { timeout: 30_000 })
      .toBe(true);
    // Read back from the API, not from the select the click changed.
    await page.reload();
    await userRow(page, officer).waitFor({ timeout: 60_000 });
    expect(await userRow(page, officer).locator('select').inputValue()).toBe('ANALYST');
    await page.close();
  });

  it('shows the audit log and checks its hash chain', async () => {
    const page = await openConsole();
    // Newest first: the log's own reading is its latest entry.
    const newest = page.locator('table.audit tbody tr').first().locator('td');
    await newest.first().waitFor({ timeout: 60_000 });
    expect(await newest.nth(2).textContent()).toBe('admin');
    expect(await newest.nth(3).textContent()).toBe('audit.read');
    await page.getByRole('button', { name: 'Проверить цепочку' }).click();
    const verdict = page.locator('.chain[role=status]');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.getAttribute('class')).toContain('ok');
    expect(await verdict.textContent()).toMatch(/Цепочка цела: проверено записей \d+/);
    await expectNoOverflow(page);
    await screenshot(page, '14-admin');
    await page.close();
  });

  it('re-runs detection and is told how many networks it found', async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Запустить обнаружение' }).click();
    const notice = page.locator('.admin > .notice');
    await notice.waitFor({ timeout: 170_000 });
    const found = /Готово: сетей (\d+)\./.exec((await notice.textContent()) ?? '');
    expect(Number(found?.[1])).toBeGreaterThan(0);
    await page.reload();
    await page.locator('table.audit tbody tr').first().waitFor({ timeout: 60_000 });
    const actions = await page.locator('table.audit tbody tr td:nth-child(4)').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['detection.start', 'detection.finish']));
    await page.close();
  });
});
