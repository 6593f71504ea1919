import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The supervisor's path through Arna, in headless Debian Chromium against the servers of
 * `arna start` (see global-setup.ts): sign in, state a purpose, open the strongest lead,
 * expand a node of its network, switch to Kazakh, export the brief PDF in Russian and Kazakh.
 * Screenshots go to test-artifacts/e2e/.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = path.join(repoRoot, 'test-artifacts', 'e2e');
const purpose = 'ЕРДР 251234567890, ст. 394 УК РК';

interface InspectedNode {
  ref: string;
  kind: string;
  role?: string;
  organizer: boolean;
  x: number;
  y: number;
  hidden: boolean;
}
type InspectedWindow = { arnaNetwork?: { nodes(): InspectedNode[] } };

let browser: Browser;
const base = inject('arnaUrl');

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser context signed in as the supervisor, with a stated purpose. */
async function signIn(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('input[name=username]', 'supervisor');
  await page.fill('input[name=password]', 'arna-supervisor-demo');
  await page.click('button[type=submit]');
  await page.waitForURL('**/leads');
  await page.fill('#purpose-input', purpose);
  await page.click('[data-testid=purpose] button[type=submit]');
  return page;
}

/** Opens the lead of rank 1 and waits until its network is drawn and the layout has settled. */
async function openTopLead(page: Page): Promise<void> {
  await page.locator('[data-testid=lead-link]', { hasText: /^1$/ }).click();
  await page.waitForURL('**/leads/**');
  // The network view or an error note, whichever comes first: an API error fails fast and says why.
  await page
    .locator('[data-testid=network-canvas][data-ready=true], .lead-main .error-note')
    .first()
    .waitFor({ timeout: 120_000 });
  const failure = page.locator('.lead-main .error-note');
  if (await failure.count()) throw new Error(`network view failed: ${await failure.textContent()}`);
  await page.waitForFunction(() => (window as InspectedWindow).arnaNetwork !== undefined);
  await expect
    .poll(() => page.locator('.explorer-toolbar .stats').textContent(), { timeout: 30_000 })
    .not.toMatch(/укладка/);
  await page.waitForTimeout(600);
}

describe('supervisor', () => {
  it('signs in and sees the ranked leads queue', async () => {
    const page = await signIn();
    await page.waitForSelector('[data-testid=lead-link]', { timeout: 60_000 });
    const ranks = await page.locator('[data-testid=lead-link]').allTextContents();
    expect(ranks.slice(0, 3)).toEqual(['1', '2', '3'].slice(0, Math.min(3, ranks.length)));
    expect(ranks.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.topbar .user-role').textContent(), { timeout: 30_000 })
      .toBe('Руководитель');
    await page.screenshot({ path: path.join(artifacts, '01-leads.png'), fullPage: true });
    await page.context().close();
  });

  it('opens the top lead and expands a node of its network', async () => {
    const page = await signIn();
    await openTopLead(page);
    const explorer = page.locator('[data-testid=network-explorer]');
    const before = Number(await explorer.getAttribute('data-nodes'));
    expect(before).toBeGreaterThan(3);
    await page.screenshot({ path: path.join(artifacts, '02-lead-network.png'), fullPage: true });

    const nodes = await page.evaluate(() => (window as InspectedWindow).arnaNetwork?.nodes() ?? []);
    const box = await page.locator('[data-testid=network-canvas]').boundingBox();
    expect(box).not.toBeNull();
    const inside = nodes.filter(
      (node) =>
        !node.hidden &&
        node.x > 40 &&
        node.y > 40 &&
        node.x < (box?.width ?? 0) - 40 &&
        node.y < (box?.height ?? 0) - 40,
    );
    // The top organizer: its wider circle (firms it runs, flats it owns) lies outside the network.
    const target = inside.find((node) => node.organizer) ?? inside[0];
    expect(target).toBeDefined();
    await page.mouse.click((box?.x ?? 0) + (target?.x ?? 0), (box?.y ?? 0) + (target?.y ?? 0));
    const panel = page.locator('[data-testid=entity-panel]');
    await panel.waitFor();
    await panel.locator('[data-testid=expand]').click();
    await page.waitForSelector('.explorer-messages .notice', { timeout: 60_000 });
    const after = Number(await explorer.getAttribute('data-nodes'));
    expect(after).toBeGreaterThan(before);
    await page.waitForTimeout(3500);
    await page.screenshot({ path: path.join(artifacts, '03-expanded.png'), fullPage: true });
    await page.context().close();
  });

  it('acknowledges the second lead and comments on it (mutations with CSRF)', async () => {
    const page = await signIn();
    await page.locator('[data-testid=lead-link]', { hasText: /^2$/ }).click();
    const workflow = page.locator('[data-testid=workflow]');
    await workflow.waitFor();
    await workflow.getByRole('button', { name: 'Принять к сведению' }).click();
    await expect
      .poll(() => page.locator('.page-header .badge').first().textContent(), { timeout: 30_000 })
      .toBe('Принят к сведению');
    await workflow.getByRole('button', { name: 'Комментарий' }).click();
    await workflow.locator('textarea').fill('Проверить адрес регистрации');
    await workflow.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByRole('tab', { name: 'История' }).click();
    await expect
      .poll(() => page.locator('table').last().textContent(), { timeout: 30_000 })
      .toContain('Проверить адрес регистрации');
    await page.screenshot({ path: path.join(artifacts, '05-workflow.png'), fullPage: true });
    await page.context().close();
  });

  it('switches the interface to Kazakh', async () => {
    const page = await signIn();
    await openTopLead(page);
    await page.click('[data-locale=kk]');
    await expect
      .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
      .toBe('kk');
    await expect
      .poll(() => page.locator('.tabs [role=tab]').first().textContent(), { timeout: 30_000 })
      .toBe('Желі графы');
    expect(await page.locator('.nav a').first().textContent()).toBe('Белгілер');
    // The lead itself is read again in Kazakh: the reasons come from the API in the UI language.
    await expect
      .poll(() => page.locator('.lead-side .card').first().textContent(), { timeout: 30_000 })
      .toMatch(/іске қосылды/);
    await page.screenshot({ path: path.join(artifacts, '04-kazakh.png'), fullPage: true });
    await page.click('[data-locale=ru]');
    await expect
      .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
      .toBe('ru');
    await page.context().close();
  });

  it('exports the case-lead brief PDF in Russian and in Kazakh', async () => {
    const page = await signIn();
    await openTopLead(page);
    const organizerId =
      (await page.locator('.organizer-list > li .mono').first().textContent())?.trim() ?? '';
    const texts: Record<string, string> = {};
    for (const lang of ['ru', 'kk'] as const) {
      await page.selectOption('[data-testid=brief-export] select', lang);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click('[data-testid=brief-export] button'),
      ]);
      const file = path.join(artifacts, `brief-${lang}.pdf`);
      await download.saveAs(file);
      texts[lang] = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        file,
        path.join(artifacts, `brief-${lang}`),
      ]);
    }
    expect(texts['ru']).toContain('Справка-ориентировка');
    expect(texts['ru']).toContain('394');
    expect(texts['ru']).toContain('ЕРДР 251234567890');
    if (organizerId) expect(texts['ru']).toContain(organizerId);
    expect(texts['kk']).toContain('көші-қон');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'])
      expect(texts['kk']).toContain(letter);
    await page.context().close();
  });
});
