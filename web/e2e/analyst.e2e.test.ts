import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backToRussian, expectNoOverflow, screenshot, signedIn } from './session';

/**
 * The analyst's saved queries, in the browser against `arna start`: the pattern library with
 * its legal basis, a parameterised Cypher query written in the editor, run (table and
 * graph), saved and shared with the supervisors, who then find and run it.
 */

let browser: Browser;
let analyst: BrowserContext;
const base = inject('arnaUrl');
const name = 'Частые приглашающие (e2e)';
const cypher = `MATCH (p:Person)<-[:INVITER]-(i:Invitation)
RETURN 'person:' + p.iin AS person, p.name AS name, count(i) AS invitations
ORDER BY invitations DESC
LIMIT $top`;

beforeAll(async () => {
  browser = await launchChromium();
  analyst = await signedIn(browser, base, 'analyst');
});

afterAll(async () => {
  await browser?.close();
});

async function workbench(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/queries`);
  await page.locator('[data-testid=pattern-library] li').first().waitFor({ timeout: 60_000 });
  return page;
}

/** The result table's body rows as text cells. */
async function resultRows(page: Page): Promise<string[][]> {
  const table = page.locator('[data-testid=query-results] table');
  await table.waitFor({ timeout: 60_000 });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

describe('analyst', () => {
  it('is told a mistyped password is one, not a server error', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.fill('input[name=username]', 'analyst');
      await page.fill('input[name=password]', 'arna-analyst-dem0');
      await page.click('button[type=submit]');
      const note = page.locator('.error-note');
      await note.waitFor({ timeout: 30_000 });
      expect(await note.getAttribute('data-code')).toBe('BAD_CREDENTIALS');
      expect(await note.locator('strong').textContent()).toMatch(
        /^Неверное имя пользователя или пароль/,
      );
    } finally {
      await context.close();
    }
  });

  it('is offered only a comment on a lead, the one step an analyst may take', async () => {
    const page = await analyst.newPage();
    try {
      await page.goto(`${base}/leads`);
      await page.locator('[data-testid=lead-link]').first().click();
      const workflow = page.locator('[data-testid=workflow]');
      await workflow.waitFor({ timeout: 60_000 });
      expect(await workflow.locator('.actions button').allTextContents()).toEqual(['Комментарий']);
      expect(await workflow.locator('[data-testid=acknowledge-first]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('browses the pattern library with the legal basis of each pattern', async () => {
    const page = await workbench(analyst);
    const library = page.locator('[data-testid=pattern-library] li');
    expect(await library.count()).toBeGreaterThan(3);
    await library.first().locator('button').click();
    await expect.poll(() => page.locator('.legal').textContent()).toMatch(/\S/);
    // What a hit means, in the UI's language (Russian), not the header's English.
    expect(await page.locator('[data-testid=query-description]').textContent()).toMatch(
      /^[^a-z]*[а-яё]/i,
    );
    // What each parameter means (the «Смысл» column), in Russian too; it follows the language.
    const meaning = page
      .locator('table.params tr', { hasText: '$maxEvidence' })
      .locator('td')
      .last();
    expect(await meaning.textContent()).toMatch(/^наибольшее число строк доказательств/);
    // Shown capitalised, as the description is.
    expect(
      await meaning.evaluate((cell) => getComputedStyle(cell, '::first-letter').textTransform),
    ).toBe('uppercase');
    await expectNoOverflow(page);
    await screenshot(page, '10-pattern-library');
    try {
      await page.click('[data-locale=kk]');
      await expect.poll(() => meaning.textContent(), { timeout: 30_000 }).toMatch(/дәлел жолдары/);
    } finally {
      await backToRussian(page);
      await page.close();
    }
  });

  it("shows a parameter named in a pattern's description by the value it will run with", async () => {
    const page = await workbench(analyst);
    try {
      await page
        .locator('[data-testid=pattern-library] li', { hasText: 'Частый приглашающий' })
        .locator('button')
        .click();
      const description = page.locator('[data-testid=query-description]');
      const value = description.locator('.param-value');
      await expect.poll(() => value.textContent()).toBe('5');
      expect(await value.getAttribute('title')).toBe('$minInvitees');
      expect(await description.textContent()).not.toMatch(/minInvitees/);
      await page.locator('table.params tr', { hasText: '$minInvitees' }).locator('input').fill('8');
      await expect.poll(() => value.textContent()).toBe('8');
    } finally {
      await page.close();
    }
  });

  it('writes a parameterised query, runs it, and shares it with the supervisors', async () => {
    const page = await workbench(analyst);
    await page.getByRole('button', { name: 'Новый запрос' }).click();
    await page.getByLabel('Название').fill(name);
    const editor = page.locator('[data-testid=cypher-editor] .cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(cypher);
    // The editor highlights Cypher: keywords are their own tokens.
    expect(await page.locator('[data-testid=cypher-editor] .cm-line span').count()).toBeGreaterThan(
      3,
    );
    // The placeholder became a parameter row; it is typed and given a value.
    const parameter = page.locator('table.params tr', { hasText: '$top' });
    await parameter.waitFor();
    await parameter.locator('select').selectOption('int');
    await parameter.locator('input').fill('3');
    await page.getByRole('checkbox', { name: 'Руководитель' }).check();
    // The user names' field is wide enough for its hint (it was cut in Kazakh).
    expect((await page.locator('.share .users').boundingBox())?.width).toBeGreaterThan(250);
    await page.getByRole('button', { name: 'Выполнить' }).click();

    const rows = await resultRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(rows[0]?.[0]).toMatch(/^person:\d{12}$/);
    // A reference in the results opens the entity's profile, to follow the lead.
    expect(
      await page
        .locator('[data-testid=query-results] tbody tr')
        .first()
        .locator('td')
        .first()
        .locator('a')
        .getAttribute('href'),
    ).toBe(`/entity/${encodeURIComponent(rows[0]?.[0] ?? '')}`);
    const counts = rows.map((row) => Number(row[2]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await screenshot(page, '11-query-table');

    await page.getByRole('button', { name: /^Граф/ }).click();
    // The graph or an error note, whichever comes first: an API error fails fast and says why.
    await page
      .locator(
        '[data-testid=query-results] [data-testid=network-canvas][data-ready=true], .workbench-main .error-note',
      )
      .first()
      .waitFor({ timeout: 60_000 });
    const failure = page.locator('.workbench-main .error-note');
    if (await failure.count())
      throw new Error(`result graph failed: ${await failure.textContent()}`);
    expect(
      Number(await page.locator('[data-testid=network-explorer]').getAttribute('data-nodes')),
    ).toBeGreaterThanOrEqual(rows.length);
    await screenshot(page, '12-query-graph');

    // Saved by the run; listed as shared.
    const listed = page.locator('.query-list li', { hasText: name });
    await expect.poll(() => listed.textContent(), { timeout: 30_000 }).toContain('общий');
    await page.close();
  });

  it('lets a supervisor find and run the shared query, but not edit it', async () => {
    const supervisor = await signedIn(browser, base, 'supervisor');
    try {
      const page = await workbench(supervisor);
      const listed = page.locator('.query-list li', { hasText: name });
      await expect.poll(() => listed.count(), { timeout: 30_000 }).toBe(1);
      expect(await listed.textContent()).toContain('analyst');
      await listed.locator('button').click();
      expect(await page.getByLabel('Название').isDisabled()).toBe(true);
      await page.locator('table.params tr', { hasText: '$top' }).locator('input').fill('2');
      await page.getByRole('button', { name: 'Выполнить' }).click();
      const rows = await resultRows(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(2);
      await screenshot(page, '13-shared-query');
    } finally {
      await supervisor.close();
    }
  });
});
