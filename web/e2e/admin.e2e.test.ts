import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backToRussian, expectNoOverflow, screenshot, signedIn } from './session';

/**
 * The administrator's console in the browser against `arna start`: users and roles, the
 * audit log (actions in words, readable arguments, filters, paging) with its hash-chain
 * check, and a detection re-run.
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

/** Whether an input's placeholder is shown whole, not cut off at the field's edge. */
function placeholderFits(input: Locator): Promise<boolean> {
  return input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(element.placeholder).width <= room;
  });
}

const auditSeqs = async (page: Page) =>
  (await page.locator('table.audit tbody tr td:first-child').allTextContents()).map(Number);

describe('admin', () => {
  it('lists the users, adds one, changes its role, disables and enables it', async () => {
    const page = await openConsole();
    const usernames = await page.locator('.admin-grid td.mono').allTextContents();
    expect(usernames).toEqual(
      expect.arrayContaining(['investigator', 'analyst', 'supervisor', 'admin']),
    );
    // A name the API refuses is explained in Russian before it is sent, not in the API's English.
    await page.getByPlaceholder('Пользователь').fill('E2E Officer');
    await page.getByPlaceholder('Пароль (от 12 символов)').fill('e2e-officer-password');
    await page.getByRole('button', { name: 'Добавить' }).click();
    const refusal = await page.locator('.admin > .error-note').textContent();
    expect(refusal).toContain('строчные латинские буквы');
    expect(refusal).not.toMatch(/characters|lower-case/);
    await page.getByPlaceholder('Пользователь').fill(officer);
    await page.getByRole('button', { name: 'Добавить' }).click();
    await userRow(page, officer).waitFor({ timeout: 30_000 });
    expect(await page.locator('.admin > .notice').textContent()).toBe(
      `Пользователь «${officer}» добавлен с ролью «Следователь»`,
    );
    // Each user's state in words; one's own account cannot be demoted or disabled here.
    expect(await userRow(page, officer).locator('.user-state span').textContent()).toBe('Активен');
    expect(await userRow(page, 'admin').locator('select').isDisabled()).toBe(true);
    expect(await userRow(page, 'admin').getByRole('button').isDisabled()).toBe(true);
    expect(await userRow(page, officer).locator('select').inputValue()).toBe('INVESTIGATOR');

    await userRow(page, officer).locator('select').selectOption('ANALYST');
    await expect
      .poll(() => userRow(page, officer).locator('select').isEnabled(), { timeout: 30_000 })
      .toBe(true);
    expect(await page.locator('.admin > .notice').textContent()).toBe(
      `Роль пользователя «${officer}»: Аналитик`,
    );
    await userRow(page, officer).getByRole('button', { name: 'Отключить' }).click();
    await userRow(page, officer).getByRole('button', { name: 'Включить' }).waitFor();
    expect(await userRow(page, officer).locator('.user-state span').textContent()).toBe('Отключён');
    expect(await page.locator('.admin > .notice').textContent()).toContain('сеансы завершены');
    await userRow(page, officer).getByRole('button', { name: 'Включить' }).click();
    await userRow(page, officer).getByRole('button', { name: 'Отключить' }).waitFor();
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
    // The action in words, its code in the tooltip; arguments as name: value, not JSON.
    expect(await newest.nth(3).textContent()).toBe('Просмотр журнала аудита');
    expect(await newest.nth(3).getAttribute('title')).toBe('audit.read');
    expect(await newest.nth(4).textContent()).toBe('не указано');
    expect(await newest.nth(5).textContent()).toContain('Не более:50');
    expect(await newest.nth(5).locator('dt', { hasText: 'Не более' }).getAttribute('title')).toBe(
      'limit',
    );
    await page.getByRole('button', { name: 'Проверить цепочку' }).click();
    const verdict = page.locator('.chain[role=status]');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.getAttribute('class')).toContain('ok');
    expect(await verdict.textContent()).toMatch(/Цепочка цела: проверено записей \d+/);
    // The check is audited, and the log below shows it without a reload.
    await expect.poll(() => newest.nth(3).textContent()).toBe('Проверка цепочки журнала');
    await expectNoOverflow(page);
    await screenshot(page, '14-admin');
    await page.close();
  });

  it('pages the audit log without repeating a row, and narrows it by action and days', async () => {
    const page = await openConsole();
    await page.locator('table.audit tbody tr').first().waitFor({ timeout: 60_000 });
    // More than a page of entries: each read of the log is an entry of its own.
    await page.evaluate(async () => {
      for (let read = 0; read < 55; read++) {
        await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ auditLog(limit: 1) { total } }' }),
        });
      }
    });
    await page.reload();
    await page.locator('table.audit tbody tr').first().waitFor({ timeout: 60_000 });
    const first = await auditSeqs(page);
    expect(first).toHaveLength(50);
    await page.getByRole('button', { name: 'Старее →' }).click();
    await expect.poll(() => page.locator('.pager').textContent()).toMatch(/Записи 51–\d+ из \d+/);
    const second = await auditSeqs(page);
    // Contiguous: the log's own new entry (this read) does not push the last row down again.
    expect(second[0]).toBe(first.at(-1)! - 1);

    await page.locator('.audit-filters select').nth(1).selectOption({ label: 'Входы' });
    await expect.poll(() => page.locator('.pager').textContent()).toMatch(/Записи 1–/);
    const actions = await page.locator('table.audit tbody tr td:nth-child(4)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    // Sign-ins, failed ones among them, but no sign-outs (`logout` shares the prefix `log`).
    expect(actions.filter((action) => !/вход/i.test(action))).toEqual([]);
    // The demo accounts `arna start` created are there too, by the command's operator.
    await page.locator('.audit-filters select').nth(1).selectOption({ label: 'Пользователи' });
    await expect
      .poll(async () =>
        (await page.locator('table.audit tbody tr td:nth-child(3)').allTextContents()).some(
          (user) => user.startsWith('cli:'),
        ),
      )
      .toBe(true);

    await page.locator('.audit-filters .day-input').first().fill('01.01.2020');
    await page.locator('.audit-filters .day-input').nth(1).fill('31.01.2020');
    await page.locator('.audit-empty').waitFor({ timeout: 30_000 });
    expect(await page.locator('.audit-empty').textContent()).toContain('сбросьте фильтры');
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await page.locator('table.audit tbody tr').first().waitFor({ timeout: 30_000 });

    // The 55 reads above fill the first page; without them other actions show.
    await page.getByLabel('Без просмотров журнала').check();
    await expect
      .poll(async () =>
        (await page.locator('table.audit tbody tr td:nth-child(4)').allTextContents()).includes(
          'Просмотр журнала аудита',
        ),
      )
      .toBe(false);
    expect(await auditSeqs(page)).not.toHaveLength(0);
    await page.close();
  });

  it('shows the console whole in Kazakh and English', async () => {
    const page = await openConsole();
    for (const locale of ['kk', 'en']) {
      await page.click(`[data-locale=${locale}]`);
      await expect
        .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
        .toBe(locale);
      await page.locator('table.audit tbody tr').first().waitFor({ timeout: 60_000 });
      expect(await placeholderFits(page.locator('.admin-grid input[type=password]'))).toBe(true);
      await expectNoOverflow(page);
      await screenshot(page, `14-admin-${locale}`);
    }
    await backToRussian(page);
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
    expect(actions).toEqual(
      expect.arrayContaining(['Запуск обнаружения сетей', 'Обнаружение сетей завершено']),
    );
    await page.close();
  });
});
