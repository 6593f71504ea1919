import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '@arna/graph';
import { resetDatabase, testExecutor } from '@arna/graph/testing';
import { DropHeaderError, loadDrop } from '../index.js';
import { iin, writeCsv } from '../../test/fixtures.js';

const executor = testExecutor();
const root = mkdtempSync(path.join(os.tmpdir(), 'arna-etl-bad-'));
let n = 0;
function fresh(): string {
  const dir = path.join(root, `drop-${++n}`);
  mkdirSync(dir);
  return dir;
}

const person = { iin: iin('800101', 1), last_name: 'Иванов' };

beforeEach(async () => {
  await resetDatabase(executor);
});

afterAll(async () => {
  await executor.close();
});

async function headerError(dir: string): Promise<DropHeaderError> {
  try {
    await loadDrop(executor, dir);
  } catch (error) {
    if (error instanceof DropHeaderError) return error;
    throw error;
  }
  throw new Error('the drop was loaded');
}

async function nodes(): Promise<number> {
  return Number((await executor.run('MATCH (n) RETURN count(n) AS n'))[0]?.['n']);
}

describe('drops that cannot be loaded as delivered', () => {
  it('names every file with missing columns or a wrong encoding, and writes nothing', async () => {
    const dir = fresh();
    writeCsv(dir, 'persons.csv', ['iin', 'last_name'], [person]);
    writeCsv(
      dir,
      'invitations.csv',
      ['invitation_id', 'inviter_iin', 'passport_no'],
      [{ invitation_id: 'I-1', inviter_iin: person.iin, passport_no: 'X1' }],
    );
    // «Иванов» in Windows-1251, as an old export would write it.
    const cp1251 = Buffer.concat([
      Buffer.from(`iin,last_name\n${person.iin},`),
      Buffer.from([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2, 0x0a]),
    ]);
    writeFileSync(path.join(dir, 'persons-old.csv'), cp1251);

    const error = await headerError(dir);
    expect(error.problems.map((p) => [p.file, p.problem])).toEqual([
      ['persons-old.csv', 'encoding'],
      ['invitations.csv', 'missing-columns'],
    ]);
    const missing = error.problems[1]!.message;
    for (const column of [
      'issued_on',
      'passport_country',
      'citizenship',
      'last_name_lat',
      'birth_date',
    ]) {
      expect(missing).toContain(column);
    }
    expect(error.problems[0]!.message).toMatch(/not valid UTF-8.*save it as UTF-8/);
    expect(error.message).toContain('nothing was written');
    expect(await nodes()).toBe(0);
  });

  it('reports a party group without its _iin or _bin column', async () => {
    const dir = fresh();
    writeCsv(
      dir,
      'trips.csv',
      [
        'trip_id',
        'departed_on',
        'carrier_name',
        'passport_no',
        'passport_country',
        'citizenship',
        'last_name_lat',
        'birth_date',
      ],
      [],
    );
    const error = await headerError(dir);
    expect(error.problems[0]?.message).toContain('carrier_iin or carrier_bin');
  });

  it('skips and reports files whose names match no kind, loads the rest; BOM and column case are fine', async () => {
    const dir = fresh();
    writeFileSync(
      path.join(dir, 'persons.csv'),
      `\ufeffIIN,Last_Name\n${person.iin},${person.last_name}\n`,
    );
    writeCsv(dir, 'people.csv', ['iin', 'last_name'], [person]);
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const summary = await loadDrop(executor, dir);
    expect(summary.skippedFiles).toEqual(['notes.txt', 'people.csv']);
    expect(summary.totals).toMatchObject({ read: 1, loaded: 1, rejected: 0 });
    const stored = await executor.run('MATCH (p:Person) RETURN p.iin AS iin, p.lastName AS last');
    expect(stored).toEqual([{ iin: person.iin, last: 'Иванов' }]);
  });

  it('keeps going past a malformed line and rejects it', async () => {
    const dir = fresh();
    writeFileSync(
      path.join(dir, 'persons.csv'),
      `iin,last_name\n${person.iin},A\n${iin('800101', 2)},B,extra\n${iin('800101', 3)},C\n`,
    );
    const rejected: string[] = [];
    const summary = await loadDrop(executor, dir, {
      onReject: (r) => rejected.push(`${r.line}:${r.reason}`),
    });
    expect(rejected).toEqual(['3:column-count']);
    expect(summary.totals).toMatchObject({ read: 3, loaded: 2, rejected: 1 });
  });

  it('the CLI exits non-zero with the message when nothing can be loaded, zero with rejects', () => {
    const bad = fresh();
    writeCsv(bad, 'registrations.csv', ['registration_id'], [{ registration_id: 'R-1' }]);
    const good = fresh();
    writeCsv(good, 'persons.csv', ['iin', 'last_name'], [person, { iin: '123', last_name: 'X' }]);
    const env = {
      ...process.env,
      NEO4J_URI: executor.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'test',
    };
    const failed = spawnSync('npx', ['arna', 'load', bad], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      'registrations.csv: missing required column(s) registered_on, address',
    );
    const json = path.join(root, 'summary.json');
    const ok = spawnSync('npx', ['arna', 'load', good, '--json', json], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/persons\.csv\s+persons\s+2\s+1\s+1/);
  }, 120_000);
});
