import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@arna/graph';
import { listAudit } from '@arna/graph/app';
import { getPattern } from '../../../graph/src/detect/patterns.js';
import { loadChannelFixture } from '../../../graph/src/investigate/fixtures/index.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { renderNetworkBrief, type BriefLang } from './index.js';

const PURPOSE = 'УД № 252400031000123 (ст. 394 УК РК)';
const ARTIFACTS = path.join(repoRoot, 'test-artifacts', 'brief');

let api: TestApi;

/** The fixture network's evidence as detection persists it now: items and their templates. */
const EVIDENCE = [
  {
    id: 'rubber-address',
    hits: 3,
    evidence: [2, 3, 4].map((line) => ({ src: `registrations.csv:${line}` })),
  },
  {
    id: 'shared-contact',
    hits: 1,
    evidence: [
      { src: 'persons.csv:2', link: 'has_phone' },
      { src: 'invitations.csv:4', link: 'has_phone' },
    ],
  },
].map((p) => ({ ...p, templates: getPattern(p.id).evidence }));

/** Words of the Russian evidence lines above («телефон» is Kazakh too). */
const RUSSIAN_EVIDENCE = /регистрация по адресу/;

beforeAll(async () => {
  api = await startTestApi();
  await loadChannelFixture(api.executor);
  await api.executor.run(
    'MATCH (n:Network {id: $id}) SET n.patterns = $patterns',
    { id: 'net-fixture-1', patterns: JSON.stringify(EVIDENCE) },
    { mode: 'write' },
  );
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await api.close();
});

/** Renders, keeps the PDF and a PNG of page 1 as artifacts, and returns the PDF's text. */
async function renderText(lang: BriefLang): Promise<string> {
  const pdf = await renderNetworkBrief(api.executor, 'net-fixture-1', {
    lang,
    purpose: PURPOSE,
    user: { username: 'supervisor', role: 'SUPERVISOR' },
    generatedAt: new Date('2025-06-03T05:00:00Z'),
  });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = path.join(ARTIFACTS, `brief-${lang}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '2',
    file,
    path.join(ARTIFACTS, `brief-${lang}`),
  ]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** pdftotext breaks lines where the page does: compare on single-spaced text. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('case-lead brief', () => {
  it('renders the Russian brief with names, score, sources and Art. 394', async () => {
    const text = flat(await renderText('ru'));
    expect(text).toContain('Справка-ориентировка по каналу незаконной миграции');
    expect(text).toContain(PURPOSE);
    expect(text).toContain('Абенов Кайрат Серикович');
    expect(text).toContain('Сейтқали Әлия Нұрланқызы');
    expect(text).toContain('ИИН 850101300123');
    expect(text).toContain('0,91');
    expect(text).toContain('учредитель 1 фирмы сети');
    expect(text).toContain('«Резиновая квартира»');
    expect(text).toContain('registrations.csv:4 регистрация по адресу');
    expect(text).toContain('persons.csv:2 телефон');
    expect(text).toContain('Правила № 195, п. 11 пп. 8');
    expect(text).toContain('residence_petitions.csv:2');
    expect(text).toContain('Статья 394 УК РК «Организация незаконной миграции»');
    expect(text).toContain('Лишение свободы на срок до 7 лет');
    expect(text).toContain('Лишение свободы на срок до 10 лет');
    expect(text).toContain('Проверить адреса массовой регистрации');
    expect(text).toContain('стр. 1 из');
    // Members' citizenships by name and birth dates as the brief writes days; the crossing's countries named.
    expect(flat(text)).toContain('Афганистан · 05.05.1995');
    expect(text).toContain('01.01.1985');
    expect(flat(text)).toContain('Узбекистан → Казахстан');
    expect(text).not.toMatch(/\bAFG ·|\d{4}-\d{2}-\d{2}/);
  });

  it('renders the Kazakh brief with every Kazakh letter intact', async () => {
    const text = flat(await renderText('kk'));
    expect(text).toContain('Заңсыз көші-қон арнасы бойынша бағдарлау анықтамасы');
    expect(text).toContain('Омаров Бауыржан Жиһанұлы');
    expect(text).toContain('ЖСН 900202400456');
    expect(text).toContain('ҚР ҚК 394-бабы');
    expect(flat(text)).toContain('Ауғанстан · 05.05.1995');
    expect(flat(text)).toContain('Өзбекстан → Қазақстан');
    expect(text).toContain('registrations.csv:4 мекенжай бойынша тіркеу');
    expect(text).toContain('№ 195 Қағидалар, 11-тармақ 8-тармақша');
    expect(text).not.toMatch(RUSSIAN_EVIDENCE);
    expect(text).not.toContain('Правила № 195');
    expect(text).toContain('10 жылға дейін бас бостандығынан айыру');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) {
      expect(text.toLowerCase(), letter).toContain(letter);
    }
  });

  it('renders the English brief with evidence and legal bases in English', async () => {
    const text = flat(await renderText('en'));
    expect(text).toContain('registrations.csv:4 registration at the address');
    expect(text).toContain('invitations.csv:4 phone');
    expect(text).not.toContain('телефон');
    expect(text).toContain('MVD Order No. 195 Rules, para. 11(8)');
    expect(flat(text)).toContain('Afghanistan · 05/05/1995');
    expect(flat(text)).toContain('Uzbekistan → Kazakhstan');
    expect(text).not.toMatch(/\bAFG ·|\d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(RUSSIAN_EVIDENCE);
    expect(text).not.toContain('Правила № 195');
  });

  it('is served at /briefs/<id>.pdf to a supervisor with a purpose, and audited', async () => {
    const client = await api.client('SUPERVISOR');
    client.purpose = PURPOSE;
    const response = await client.fetch('/briefs/net-fixture-1.pdf?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audit = await listAudit(api.executor, { action: 'export.brief' });
    expect(audit.entries[0]).toMatchObject({ user: 'supervisor', purpose: PURPOSE });

    const missing = await client.fetch('/briefs/no-such-network.pdf');
    expect(missing.status).toBe(404);
  });
});
