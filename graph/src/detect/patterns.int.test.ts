import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { PatternParamError, UnknownPatternError } from './errors.js';
import { evidenceLines } from './evidence.js';
import { getPattern, listPatterns, runPattern, runPatternDetailed } from './patterns.js';
import { loadWorld, WORLD } from './fixtures/load-world.js';

const hubs = Object.values(WORLD.hubs);

/** For each pattern: subjects it must find in the test world. No pattern may hit a hub. */
const PLANTED: Record<string, readonly string[]> = {
  'frequent-inviter': WORLD.millFirms,
  'rubber-address': [WORLD.flat],
  'repeat-petitioner': [WORLD.petitioner],
  'invitee-violations': [...WORLD.millFirms, WORLD.flatHost],
  'carrier-violators': [WORLD.carrier, WORLD.vehicle],
  'unpermitted-employment': [WORLD.employer],
  'shared-document': [WORLD.document],
  'director-links': [WORLD.millOrganizer],
  'shared-contact': [WORLD.millPhone],
  'transit-corridor': [WORLD.carrier, WORLD.vehicle],
};

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await resetDatabase(executor);
  await loadWorld(executor);
});

afterAll(async () => {
  await executor.close();
});

describe('pattern library against Neo4j', () => {
  it('covers every pattern file', () => {
    expect(
      listPatterns()
        .map((p) => p.id)
        .sort(),
    ).toEqual(Object.keys(PLANTED).sort());
  });

  for (const [id, planted] of Object.entries(PLANTED)) {
    it(`${id} finds its planted case and no legitimate hub`, async () => {
      const run = await runPattern(executor, id);
      const subjects = run.hits.map((h) => h.subject);
      for (const s of planted) expect(subjects, id).toContain(s);
      for (const h of hubs) {
        expect(subjects, `${id} hit hub ${h}`).not.toContain(h);
      }
      for (const hit of run.hits) {
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
        expect(hit.members).toContain(hit.subject);
        expect(hit.evidence.length).toBeGreaterThan(0);
        for (const e of hit.evidence) expect(e).toMatch(/^[\w.-]+\.(csv|jsonl):\d+ /);
      }
    });
  }

  // Words of the Russian evidence lines that neither a Kazakh nor an English line may hold.
  const RUSSIAN =
    /перевозк|въезд|выезд|страну|приглашен|гражданств|ходатайств|регистрац|работа|разрешени|документ|конфликт|после|срока|ст\.|учредител|фирмы|проживает|юридическ|Россия|Турция|Афганистан/;

  for (const id of Object.keys(PLANTED)) {
    it(`${id} prints its evidence in Kazakh and English with no Russian word`, async () => {
      const run = await runPatternDetailed(executor, id);
      const templates = getPattern(id).evidence;
      const items = run.hits.flatMap((h) => h.evidence);
      expect(items.length, id).toBeGreaterThan(0);
      for (const lang of ['ru', 'kk', 'en'] as const) {
        for (const line of evidenceLines(templates, items, lang)) {
          expect(line, `${id} ${lang}`).toMatch(/^[\w.-]+\.(csv|jsonl):\d+ /);
          expect(line, `${id} ${lang}: every slot filled`).not.toMatch(/[{}]/);
          if (lang !== 'ru') expect(line, `${id} ${lang}`).not.toMatch(RUSSIAN);
          if (lang === 'en') expect(line, id).not.toMatch(/[а-яёәғқңөұүһі]/i);
        }
      }
    });
  }

  it('takes parameters: a stricter threshold drops the hits', async () => {
    const strict = await runPattern(executor, 'frequent-inviter', { minInvitees: 7 });
    expect(strict.params['minInvitees']).toBe(7);
    expect(strict.hits).toEqual([]);
  });

  it('refuses unknown patterns and parameters', async () => {
    await expect(runPattern(executor, 'no-such-pattern')).rejects.toBeInstanceOf(
      UnknownPatternError,
    );
    await expect(
      runPattern(executor, 'rubber-address', { minConcurrent: 'x' }),
    ).rejects.toBeInstanceOf(PatternParamError);
  });
});
