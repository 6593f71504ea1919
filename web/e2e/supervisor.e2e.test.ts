import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifacts, backToRussian, expectNoOverflow, screenshot, signedIn } from './session';

/**
 * The supervisor's path through Arna, in headless Debian Chromium against the servers of
 * `arna start` (see global-setup.ts): the queue with organizers by name, the strongest lead
 * and its network, a node expanded, the triage actions of order No. 742 (acknowledge,
 * comment, assign, notify, dismiss with a reason code, open a case), the interface in Kazakh
 * and English, the brief PDF in Russian and Kazakh. One sign-in; each test opens its own
 * page. Screenshots go to test-artifacts/e2e/.
 */

interface InspectedNode {
  ref: string;
  kind: string;
  role?: string;
  organizer: boolean;
  x: number;
  y: number;
  hidden: boolean;
}
type InspectedWindow = {
  arnaNetwork?: {
    firstFrameAt: number | undefined;
    layoutRunning(): boolean;
    nodes(): InspectedNode[];
  };
};

/** Waits for the network's first frame and for its layout (which starts then) to stop. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as InspectedWindow).arnaNetwork?.firstFrameAt !== undefined,
  );
  await page.waitForFunction(
    () => !(window as InspectedWindow).arnaNetwork?.layoutRunning(),
    undefined,
    {
      timeout: 60_000,
    },
  );
}

let browser: Browser;
let supervisor: BrowserContext;
const base = inject('arnaUrl');

beforeAll(async () => {
  browser = await launchChromium();
  supervisor = await signedIn(browser, base, 'supervisor');
});

afterAll(async () => {
  await browser?.close();
});

/** A page of the supervisor's session on the leads queue, with its rows drawn. */
async function queue(): Promise<Page> {
  const page = await supervisor.newPage();
  await page.goto(`${base}/leads`);
  await page.waitForSelector('[data-testid=lead-link]', { timeout: 60_000 });
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
  await settled(page);
  await page.waitForTimeout(600);
}

/** The lead of a rank, opened from the queue, with its workflow panel drawn. */
async function openLead(rank: number): Promise<Page> {
  const page = await queue();
  const ranks = await page.locator('[data-testid=lead-link]').allTextContents();
  expect(ranks.length, 'the e2e drop should give at least five networks').toBeGreaterThanOrEqual(5);
  await page.locator('[data-testid=lead-link]', { hasText: new RegExp(`^${rank}$`) }).click();
  await page.locator('[data-testid=workflow]').waitFor({ timeout: 60_000 });
  return page;
}

/** A workflow action: its button, then the form's fields (if it has a form) and confirm. */
async function act(page: Page, action: string, fields: { text?: string; note?: string } = {}) {
  const workflow = page.locator('[data-testid=workflow]');
  await workflow.getByRole('button', { name: action, exact: true }).click();
  if (fields.text === undefined && fields.note === undefined) return;
  const form = workflow.locator('.workflow-form');
  if (fields.text !== undefined)
    await form.locator('.field').first().locator('input, textarea').fill(fields.text);
  if (fields.note !== undefined)
    await form.locator('.field').last().locator('textarea').fill(fields.note);
  await form.getByRole('button', { name: 'Подтвердить' }).click();
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect
    .poll(() => page.locator('.page-header .badge').first().textContent(), { timeout: 30_000 })
    .toBe(status);
}

/** A value of the workflow panel's facts by its term. */
async function fact(page: Page, term: string): Promise<string | undefined> {
  const terms = await page.locator('[data-testid=workflow] dl dt').allTextContents();
  const index = terms.indexOf(term);
  if (index < 0) return undefined;
  return (await page.locator('[data-testid=workflow] dl dd').nth(index).textContent())?.trim();
}

describe('supervisor', () => {
  it('sees the ranked leads queue with organizers by name and ИИН/БИН', async () => {
    const page = await queue();
    const ranks = await page.locator('[data-testid=lead-link]').allTextContents();
    expect(ranks.slice(0, 3)).toEqual(['1', '2', '3'].slice(0, Math.min(3, ranks.length)));
    expect(ranks.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.topbar .user-role').textContent(), { timeout: 30_000 })
      .toBe('Руководитель');
    // The purpose is stated, so the API gives the organizers' names; the identifier stays beside.
    const organizer = page.locator('[data-testid=queue-organizer] .organizer-name').first();
    await expect.poll(() => organizer.locator('.mono').count(), { timeout: 30_000 }).toBe(1);
    const identifier = (await organizer.locator('.mono').textContent())?.trim() ?? '';
    expect(identifier).toMatch(/^\d{12}$/);
    const name = (await organizer.locator('a').textContent())?.trim() ?? '';
    expect(name).toMatch(/\p{L}{2,}/u);
    expect(name).not.toContain(identifier);
    await expectNoOverflow(page);
    await screenshot(page, '01-leads');
    await page.close();
  });

  it('opens the top lead and expands a node of its network', async () => {
    const page = await supervisor.newPage();
    await page.goto(`${base}/leads`);
    await openTopLead(page);
    const explorer = page.locator('[data-testid=network-explorer]');
    const before = Number(await explorer.getAttribute('data-nodes'));
    expect(before).toBeGreaterThan(3);
    await screenshot(page, '02-lead-network');
    // A full-page screenshot resizes the viewport and back: let sigma redraw at the real size
    // before reading where the nodes are.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.waitForTimeout(300);
    // The canvas may start below the fold (a lead with many patterns has a tall evidence bar).
    await page.locator('[data-testid=network-canvas]').scrollIntoViewIfNeeded();
    const nodes = await page.evaluate(() => (window as InspectedWindow).arnaNetwork?.nodes() ?? []);
    const box = await page.locator('[data-testid=network-canvas]').boundingBox();
    if (!box) throw new Error('no network canvas');
    // Nodes a click reaches: on the canvas, not under the legend or the hint drawn over it.
    const covers = await page
      .locator('.explorer-canvas .legend, .explorer-canvas .canvas-hint')
      .evaluateAll((elements) =>
        elements.map((element) => {
          const { left, right, top, bottom } = element.getBoundingClientRect();
          return { left, right, top, bottom };
        }),
      );
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const clickable = (node: InspectedNode) => {
      const x = box.x + node.x;
      const y = box.y + node.y;
      return (
        !node.hidden &&
        y < viewport.height - 12 &&
        x > box.x + 12 &&
        y > box.y + 12 &&
        x < box.x + box.width - 12 &&
        y < box.y + box.height - 12 &&
        !covers.some(
          (cover) =>
            x > cover.left - 12 &&
            x < cover.right + 12 &&
            y > cover.top - 12 &&
            y < cover.bottom + 12,
        )
      );
    };
    const reachable = nodes.filter(clickable);
    // The top organizer: its wider circle (firms it runs, flats it owns) lies outside the network.
    const target = reachable.find((node) => node.organizer) ?? reachable[0];
    if (!target) throw new Error('no node of the network can be clicked');
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.waitForTimeout(200);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const panel = page.locator('[data-testid=entity-panel]');
    await panel.waitFor().catch(async (error: unknown) => {
      await screenshot(page, '02-click-missed');
      throw new Error(
        `no entity panel after a click on ${JSON.stringify(target)} in ${JSON.stringify(box)}: ${String(error)}`,
      );
    });
    // The API's record count of the node (GraphNode.records) reaches the panel.
    await expect
      .poll(() => panel.locator('[data-testid=node-records]').textContent())
      .toMatch(/\d/);
    // A network member's Louvain community: how many shown nodes share it, not its bare id.
    expect(await panel.locator('[data-testid=node-community]').textContent()).toMatch(
      /^\d+ узл(а|ов)? на схеме$/,
    );
    // The panel lists the node's oldest events (when it has any) and says that it does.
    await panel.locator('.side-panel-section dl.facts').waitFor({ timeout: 30_000 });
    const events = panel.locator('[data-testid=panel-events]');
    if (await events.count())
      expect(await events.textContent()).toMatch(/^События: первые \d+ из \d+$/);
    await panel.locator('[data-testid=expand]').click();
    await page.waitForSelector('.explorer-messages .notice', { timeout: 60_000 });
    const after = Number(await explorer.getAttribute('data-nodes'));
    expect(after).toBeGreaterThan(before);
    await page.waitForTimeout(3500);
    await screenshot(page, '03-expanded');
    // The toolbar's days: the calendar button opens the browser's date picker (stubbed here:
    // a headless page draws no picker), and the picked day shows in the app's notation.
    await page.evaluate(() => {
      const counted = window as unknown as { arnaPickers: number };
      counted.arnaPickers = 0;
      HTMLInputElement.prototype.showPicker = () => {
        counted.arnaPickers += 1;
      };
    });
    await page.getByRole('button', { name: 'Выбрать день «с» в календаре' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { arnaPickers: number }).arnaPickers),
    ).toBe(1);
    await page.locator('.explorer-toolbar .day-picker').first().fill('2024-03-01');
    const from = page.locator('.explorer-toolbar .day-input').first();
    expect(await from.inputValue()).toBe('01.03.2024');
    await from.fill('02.03.2024');
    expect(await page.locator('.explorer-toolbar .day-picker').first().inputValue()).toBe(
      '2024-03-02',
    );
    await screenshot(page, '03-calendar');
    await page.close();
  });

  it('shows a migrant’s profile with the citizenship named, days as the app writes them and a crossing’s countries', async () => {
    const page = await openLead(1);
    // Nobody has acted on the top lead: its history says so rather than showing bare headings.
    await page.getByRole('tab', { name: 'История' }).click();
    expect(await page.locator('[data-testid=no-history]').textContent()).toBe(
      'Действий по сигналу ещё не было.',
    );
    await page.getByRole('tab', { name: 'Участники' }).click();
    const members = page.locator('table a[href^="/entity/"]');
    await members.first().waitFor({ timeout: 30_000 });
    // A member's identifier stands beside its name only when it says something more.
    const memberRows = await page
      .locator('table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('a')?.textContent ?? '',
          row.querySelector('[data-testid=member-identifier]')?.textContent?.trim() ?? '',
        ]),
      );
    for (const [label, identifier] of memberRows) expect(identifier).not.toBe(label);
    const hrefs = await members.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    // A migrant member is its passport (a document); its holder is the foreigner.
    const passports = hrefs.filter((href) => href.startsWith('/entity/document'));
    expect(passports.length, 'the top lead should have migrants').toBeGreaterThan(0);
    // With the purpose stated a migrant reads as its holder's name, the passport beside it.
    const migrantRows = await page
      .locator('table tbody tr', { has: page.locator('a[href^="/entity/document"]') })
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('td')?.textContent ?? '',
          row.querySelector('a')?.textContent ?? '',
          row.querySelector('[data-testid=member-identifier]')?.textContent?.trim() ?? '',
        ]),
      );
    for (const [kind, name, passport] of migrantRows) {
      expect(kind).toBe('Иностранец');
      expect(name).toMatch(/\p{L}{2,}/u);
      expect(name).not.toMatch(/\d{5,}/);
      expect(passport).toMatch(/\d{5,}/);
    }
    const isoDate = /\d{4}-\d{2}-\d{2}/;
    // A document as its country's code and number (AFG P09203148) instead of the country's name.
    const codedDocument = /\b(?!XXA)[A-Z]{3} [A-Z]{0,2}\d{5,}/;
    let crossings: string[] = [];
    // The first migrant of the lead with a crossing in its timeline (not every one has one).
    for (const passport of passports.slice(0, 10)) {
      await page.goto(`${base}${passport}`);
      await page.locator('.timeline').waitFor({ timeout: 60_000 });
      const holders = page.locator('.entity-grid a[href^="/entity/foreigner"]');
      if ((await holders.count()) === 0) continue;
      const holder = await holders.first().getAttribute('href');
      await page.goto(`${base}${holder}`);
      await page.locator('.timeline').waitFor({ timeout: 60_000 });
      const header = (await page.locator('.page-header .mono').textContent()) ?? '';
      expect(header).toMatch(/\d{2}\.\d{2}\.\d{4}/);
      expect(header).not.toMatch(/^(?!XXA)[A-Z]{3} ·/);
      const identity = (await page.locator('.entity-grid').textContent()) ?? '';
      expect(identity).not.toMatch(isoDate);
      expect(identity).not.toMatch(codedDocument);
      // The load a fact came with, named in the UI language.
      expect(await page.locator('.timeline .source').first().getAttribute('title')).toMatch(
        /^загрузка \S+$/,
      );
      const lines = await page.locator('.timeline .event-line').allTextContents();
      expect(lines.join('\n')).not.toMatch(isoDate);
      expect(lines.join('\n')).not.toMatch(codedDocument);
      // Merges name their rule and what matched in words, not the ETL's field names.
      const merges = await page
        .locator('.card', { hasText: 'Объединения записей' })
        .locator('li')
        .allTextContents();
      expect(merges.join('\n')).not.toMatch(/same-document|reissued-document|birthDate|nameKey/);
      crossings = lines.filter((line) => line.includes('пересечение границы'));
      if (crossings.length > 0) break;
    }
    expect(
      crossings.length,
      'a migrant of the top lead should have crossed a border',
    ).toBeGreaterThan(0);
    for (const line of crossings) expect(line).toMatch(/направление: (въезд|выезд);.*; куда: /);
    // A carrier's profile calls a firm's name its наименование, not a person's «полное имя».
    const carrier = page.locator('.timeline a[href^="/entity/organization"]').first();
    if (await carrier.count()) {
      const migrant = page.url();
      await page.goto(`${base}${await carrier.getAttribute('href')}`);
      await page.locator('.timeline').waitFor({ timeout: 60_000 });
      const terms = await page.locator('.entity-grid dt').allTextContents();
      expect(terms).toContain('наименование');
      expect(terms).not.toContain('полное имя');
      await page.goto(migrant);
      await page.locator('.timeline').waitFor({ timeout: 60_000 });
    }
    // Search lists the migrant with the birth date as the app writes days and the citizenship
    // by its name, as the profile's header gives them.
    const name = (await page.locator('.page-header h1').textContent()) ?? '';
    const subtitle = (await page.locator('.page-header .mono').textContent()) ?? '';
    const citizenship = subtitle.split(' · ')[0] ?? '';
    await page.goto(`${base}/search?q=${encodeURIComponent(name)}`);
    const found = page.locator('.table tr', { hasText: name }).first();
    await found.waitFor({ timeout: 30_000 });
    expect(await found.textContent()).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(await found.textContent()).not.toMatch(isoDate);
    expect(citizenship).toMatch(/^\p{Lu}\p{Ll}/u);
    expect(await found.textContent()).toContain(citizenship);
    // A search that finds nothing says what to try instead.
    await page.goto(`${base}/search?q=${encodeURIComponent('Zzyqxw Qqvv')}`);
    await expect
      .poll(() => page.locator('.table .empty').textContent(), { timeout: 30_000 })
      .toMatch(/^Ничего не найдено\. Проверьте написание/);
    await page.goBack();
    await page.goBack();
    // The neighbourhood is drawn below the timeline: the screenshot shows it once it is.
    await page
      .locator('[data-testid=network-canvas][data-ready=true]')
      .waitFor({ timeout: 60_000 });
    await screenshot(page, '04-profile');
    await page.close();
  });

  it('acknowledges the second lead and comments on it (mutations with CSRF)', async () => {
    const page = await openLead(2);
    const workflow = page.locator('[data-testid=workflow]');
    await act(page, 'Принять к сведению');
    await expectStatus(page, 'Принят к сведению');
    await workflow.getByRole('button', { name: 'Комментарий' }).click();
    await workflow.locator('textarea').fill('Проверить адрес регистрации');
    await workflow.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByRole('tab', { name: 'История' }).click();
    await expect
      .poll(() => page.locator('table').last().textContent(), { timeout: 30_000 })
      .toContain('Проверить адрес регистрации');
    await screenshot(page, '05-workflow');
    await page.close();
  });

  it('assigns the third lead to an investigator and passes it to a named service', async () => {
    const page = await openLead(3);
    await act(page, 'Назначить', { text: 'investigator' });
    await expect.poll(() => fact(page, 'Исполнитель'), { timeout: 30_000 }).toBe('investigator');
    // A decision needs the lead acknowledged first: the panel says so and offers none before.
    const workflow = page.locator('[data-testid=workflow]');
    for (const action of ['Взять на проверку', 'Направить', 'Отклонить', 'Возбудить дело'])
      expect(await workflow.getByRole('button', { name: action }).isDisabled()).toBe(true);
    expect(await workflow.locator('[data-testid=acknowledge-first]').textContent()).toMatch(
      /^Сначала примите сигнал к сведению/,
    );
    await act(page, 'Принять к сведению');
    await expectStatus(page, 'Принят к сведению');
    await act(page, 'Направить', { text: 'УМП ДП г. Алматы', note: 'по компетенции' });
    await expectStatus(page, 'Направлен');
    expect(await workflow.locator('[data-testid=acknowledge-first]').count()).toBe(0);
    expect(await fact(page, 'Направлен в')).toBe('УМП ДП г. Алматы');
    await screenshot(page, '06-notified');
    await page.close();

    const list = await queue();
    const row = list.locator('tr', {
      has: list.locator('[data-testid=lead-link]', { hasText: /^3$/ }),
    });
    await expect.poll(() => row.locator('td').nth(6).textContent()).toBe('investigator');
    await expect.poll(() => row.locator('td').nth(5).textContent()).toBe('Направлен');
    await list.close();
  });

  it('refuses to dismiss a lead without a reason code, then dismisses it with one', async () => {
    const page = await openLead(4);
    await act(page, 'Принять к сведению');
    await expectStatus(page, 'Принят к сведению');
    const workflow = page.locator('[data-testid=workflow]');
    await workflow.getByRole('button', { name: 'Отклонить' }).click();
    // The form that opened is in view, down to its buttons, whatever the screen.
    const { height } = page.viewportSize() ?? { height: 0 };
    await expect
      .poll(async () => {
        const box = await workflow.locator('.workflow-form').boundingBox();
        return box ? box.y + box.height : Infinity;
      })
      .toBeLessThanOrEqual(height);
    await workflow.locator('textarea').fill('студенты университета по квоте');
    await workflow.getByRole('button', { name: 'Подтвердить' }).click();
    // The form does not go out without a code: the reason field reports it is missing.
    const reason = workflow.locator('select');
    expect(
      await reason.evaluate((element: HTMLSelectElement) => element.validity.valueMissing),
    ).toBe(true);
    await page.waitForTimeout(500);
    await expectStatus(page, 'Принят к сведению');
    await reason.selectOption('06');
    await workflow.getByRole('button', { name: 'Подтвердить' }).click();
    await expectStatus(page, 'Отклонён');
    expect(await fact(page, 'Причина')).toBe('не относится к делу');
    await page.getByRole('tab', { name: 'История' }).click();
    await expect
      .poll(() => page.locator('table').last().textContent(), { timeout: 30_000 })
      .toContain('студенты университета по квоте');
    await screenshot(page, '07-dismissed');
    // A supervisor can take a dismissal back to review, saying why.
    await act(page, 'Возобновить', { text: 'новые регистрации по адресу' });
    await expectStatus(page, 'На проверке');
    await expect
      .poll(() => page.locator('table').last().textContent(), { timeout: 30_000 })
      .toContain('новые регистрации по адресу');
    await page.close();
  });

  it('opens a case on the fifth lead', async () => {
    const page = await openLead(5);
    await act(page, 'Принять к сведению');
    await expectStatus(page, 'Принят к сведению');
    await act(page, 'Возбудить дело', { text: '261500031000123' });
    await expectStatus(page, 'Возбуждено дело');
    expect(await fact(page, 'Дело')).toBe('261500031000123');
    // A closed lead takes no more decisions.
    for (const action of ['Направить', 'Отклонить', 'Возбудить дело'])
      expect(
        await page
          .locator('[data-testid=workflow]')
          .getByRole('button', { name: action })
          .isDisabled(),
      ).toBe(true);
    await page.close();

    const list = await queue();
    await list
      .locator('.toolbar label', { hasText: /^Статус/ })
      .locator('select')
      .selectOption('case_opened');
    await expect
      .poll(() => list.locator('[data-testid=lead-link]').allTextContents(), { timeout: 30_000 })
      .toEqual(['5']);
    await list.close();
  });

  it('reads the audit log of who saw what and why, and narrows it to one user', async () => {
    const page = await supervisor.newPage();
    try {
      await page.goto(`${base}/leads`);
      await page.getByRole('link', { name: 'Журнал аудита' }).click();
      await page.waitForURL('**/audit');
      const rows = page.locator('table.audit tbody tr');
      await rows.first().waitFor({ timeout: 60_000 });
      // Titled once: the page's heading, not again on the log's card.
      expect(await page.locator('h1, h2, h3', { hasText: 'Журнал аудита' }).count()).toBe(1);
      // The decisions taken above are there, in words and with the purpose stated.
      const actions = await page.locator('table.audit tbody tr td:nth-child(4)').allTextContents();
      expect(actions.some((action) => /[а-яё]/i.test(action))).toBe(true);
      // No action left as its code (`search`, `view.lead`).
      expect(actions.filter((action) => /^[a-z._]+$/.test(action))).toEqual([]);
      const user = page.locator('.audit-filters input').first();
      await user.fill('supervisor');
      await user.press('Enter');
      await expect
        .poll(
          async () =>
            new Set(await page.locator('table.audit tbody tr td:nth-child(3)').allTextContents()),
        )
        .toEqual(new Set(['supervisor']));
      await expectNoOverflow(page);
      await screenshot(page, '15-audit-supervisor');
    } finally {
      await page.close();
    }
  });

  it('shows the queue and a lead in Kazakh and English without overflow', async () => {
    const page = await queue();
    try {
      for (const [locale, leadsTitle, networkTab, reasons] of [
        ['kk', 'Белгілер', 'Желі графы', /іске қосылды/],
        ['en', 'Leads', 'Network graph', /indicators? fired/],
      ] as const) {
        await page.goto(`${base}/leads`);
        await page.click(`[data-locale=${locale}]`);
        await expect
          .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
          .toBe(locale);
        expect(await page.locator('.nav a').first().textContent()).toBe(leadsTitle);
        await page.waitForSelector('[data-testid=lead-link]', { timeout: 60_000 });
        await expectNoOverflow(page);
        await screenshot(page, `08-leads-${locale}`);
        await openTopLead(page);
        await expect
          .poll(() => page.locator('.tabs [role=tab]').first().textContent(), { timeout: 30_000 })
          .toBe(networkTab);
        // The lead is read again in the UI language: its reasons come from the API in it.
        await expect
          .poll(() => page.locator('.lead-side .card').first().textContent(), { timeout: 30_000 })
          .toMatch(reasons);
        // Deadlines in the UI language's words or digits, never the browser's fallback (2026 M12 7).
        const deadline = (await page.locator('.page-header time').first().textContent()) ?? '';
        expect(deadline).not.toMatch(/M\d{1,2}\b/);
        if (locale === 'kk') expect(deadline).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
        await expectNoOverflow(page);
        await screenshot(page, `09-lead-${locale}`);
      }
    } finally {
      await backToRussian(page);
      await page.close();
    }
  });

  it('exports the case-lead brief PDF in Russian and in Kazakh', async () => {
    const page = await supervisor.newPage();
    await page.goto(`${base}/leads`);
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
    await page.close();
  });
});
