import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDrop, truthPathFor, type SynthSummary } from './index.js';
import { RISK_COUNTRIES } from './countries.js';
import { TYPOLOGIES, type DropTruth } from './truth.js';
import { readDrop, type DropRow } from './test-support/read-drop.js';
import { checkRow } from './test-support/contract-check.js';
import { KINDS as LOADER_KINDS, validateRow } from '../index.js';
import { ValidationError } from '../errors.js';

const root = mkdtempSync(join(tmpdir(), 'arna-synth-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Generating a drop takes a second or two per 20,000 rows; CI machines are shared.
const SLOW = { timeout: 120_000 };

function drop(
  name: string,
  scale: number,
  seed: number,
): { dir: string; summary: SynthSummary; truth: DropTruth } {
  const dir = join(root, name);
  const summary = generateDrop(dir, { scale, seed });
  const truth = JSON.parse(readFileSync(truthPathFor(dir), 'utf8')) as DropTruth;
  return { dir, summary, truth };
}

const normalized = (passportNo: string | undefined): string =>
  (passportNo ?? '').toUpperCase().replace(/[\s-]/g, '');

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('determinism', SLOW, () => {
  it('writes byte-identical files and truth for the same seed, different ones for another seed', () => {
    const a = drop('det-a', 0.3, 11);
    const b = drop('det-b', 0.3, 11);
    const c = drop('det-c', 0.3, 12);
    const fa = filesOf(a.dir);
    const fb = filesOf(b.dir);
    expect([...fa.keys()]).toEqual([...fb.keys()]);
    for (const [name, bytes] of fa)
      expect(bytes.equals(fb.get(name) ?? Buffer.alloc(0)), name).toBe(true);
    expect(readFileSync(truthPathFor(a.dir)).equals(readFileSync(truthPathFor(b.dir)))).toBe(true);
    const fc = filesOf(c.dir);
    const same = [...fa].filter(([name, bytes]) => bytes.equals(fc.get(name) ?? Buffer.alloc(0)));
    expect(same).toEqual([]);
  });
});

describe('a drop at scale 1', SLOW, () => {
  let dir: string;
  let truth: DropTruth;
  let summary: SynthSummary;
  let rows: DropRow[];
  const at = (file: string, line: number): DropRow | undefined =>
    rows.find((r) => r.file === file && r.line === line);

  beforeAll(() => {
    ({ dir, truth, summary } = drop('scale-1', 1, 7));
    rows = readDrop(dir);
  }, SLOW.timeout);

  it('writes all nine kinds, CSV and JSONL, one kind split over two files, about 20,000 rows', () => {
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.jsonl')).length).toBeGreaterThanOrEqual(1);
    expect(files.filter((f) => f.startsWith('invitations')).length).toBe(2);
    for (const kind of Object.keys(truth.rows)) expect(truth.rows[kind], kind).toBeGreaterThan(100);
    const total = Object.values(truth.rows).reduce((s, n) => s + n, 0);
    expect(total).toBe(rows.length);
    expect(total).toBeGreaterThan(17_000);
    expect(total).toBeLessThan(24_000);
    expect(summary.rowsPerKind).toEqual(truth.rows);
  });

  it('every row outside the truth file passes the contract checks; the bad rows fail exactly as stated', () => {
    const bad = new Map(truth.badRows.map((b) => [`${b.file}:${b.line}`, b]));
    const failures: string[] = [];
    for (const r of rows) {
      const problems = checkRow(r.kind, r.row, r.extraColumns);
      const expected = bad.get(`${r.file}:${r.line}`);
      if (expected) {
        expect(problems, `${r.file}:${r.line}`).toEqual([
          { field: expected.field, reason: expected.reason },
        ]);
      } else if (problems.length > 0) {
        failures.push(`${r.file}:${r.line} ${JSON.stringify(problems)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Every kind of damage occurs: bad control digit, bad date, unknown country, missing field, bad enum.
    const reasons = new Set<string>(truth.badRows.map((b) => b.reason));
    expect(reasons.has('iin-control-digit') || reasons.has('bin-control-digit')).toBe(true);
    for (const r of ['date', 'country', 'enum']) expect(reasons.has(r), r).toBe(true);
    expect(reasons.has('required') || reasons.has('party')).toBe(true);
    expect(new Set(truth.badRows.map((b) => b.file)).size).toBeGreaterThanOrEqual(8);
  });

  it("the loader's validator rejects exactly the truth file's bad rows, with the same field and reason", () => {
    const bad = new Map(truth.badRows.map((b) => [`${b.file}:${b.line}`, b]));
    const disagreements: string[] = [];
    for (const r of rows) {
      let rejected: ValidationError | null = null;
      try {
        validateRow(LOADER_KINDS[r.kind], r.row, r.file, r.line);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        rejected = error;
      }
      const expected = bad.get(`${r.file}:${r.line}`);
      const got = rejected ? `${rejected.field}/${rejected.reason}` : 'accepted';
      const want = expected ? `${expected.field}/${expected.reason}` : 'accepted';
      if (got !== want) disagreements.push(`${r.file}:${r.line} loader ${got}, truth ${want}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('gives every record a unique id', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const id =
        r.row.invitation_id ??
        r.row.registration_id ??
        r.row.crossing_id ??
        r.row.trip_id ??
        r.row.record_id ??
        r.row.petition_id ??
        r.row.protocol_id ??
        r.row.iin ??
        r.row.bin;
      if (id === undefined || id === '') continue;
      expect(seen.has(`${r.kind}:${id}`), `${r.file}:${r.line} ${id}`).toBe(false);
      seen.add(`${r.kind}:${id}`);
    }
  });

  it('plants two or three networks of each typology with organizers hidden behind others', () => {
    for (const t of TYPOLOGIES) {
      const n = truth.networks.filter((x) => x.typology === t).length;
      expect(n, t).toBeGreaterThanOrEqual(2);
      expect(n, t).toBeLessThanOrEqual(3);
    }
    const persons = new Set(rows.filter((r) => r.kind === 'persons').map((r) => r.row.iin));
    const inviters = new Map<string, number>();
    for (const r of rows) {
      const iin = r.kind === 'invitations' ? r.row.inviter_iin : undefined;
      if (iin) inviters.set(iin, (inviters.get(iin) ?? 0) + 1);
    }
    for (const net of truth.networks) {
      expect(net.organizers.length).toBeGreaterThan(0);
      const migrants = net.members.filter((m) => m.kind === 'migrant');
      expect(migrants.length, net.id).toBeGreaterThanOrEqual(8);
      for (const o of net.organizers) {
        if (o.kind !== 'person') continue;
        expect(persons.has(o.iin), `${net.id} organizer in the register`).toBe(true);
        // The organizer invites nobody himself.
        expect(inviters.get(o.iin) ?? 0, net.id).toBe(0);
      }
      // Forged documents copy a real (often CIS) passport: those migrants keep the donor's country.
      const forged = new Set(
        truth.documentConflicts.map((d) => `${d.passport_country}:${d.passport_no}`),
      );
      const risky = migrants.filter(
        (m) =>
          m.kind === 'migrant' &&
          (RISK_COUNTRIES.includes(m.passport_country) ||
            forged.has(`${m.passport_country}:${m.passport_no}`)),
      );
      if (net.typology !== 'rubber-flat' && net.typology !== 'labour-channel') {
        expect(risky.length, net.id).toBe(migrants.length);
      }
    }
    for (const net of truth.networks.filter((x) => x.typology === 'nominee-front')) {
      const nominees = net.members.filter(
        (m) => m.kind === 'person' && m.role === 'nominee-inviter',
      );
      expect(nominees.length).toBeGreaterThanOrEqual(6);
      for (const m of nominees)
        if (m.kind === 'person') expect(inviters.get(m.iin) ?? 0).toBeLessThanOrEqual(3);
    }
  });

  it('every migrant of a network appears in the drop under its passport', () => {
    const passports = new Set(
      rows.map(
        (r) =>
          `${r.row.passport_country}:${(r.row.passport_no ?? '').toUpperCase().replace(/[\s-]/g, '')}`,
      ),
    );
    // A reissued passport's rows belong to the canonical (first) one.
    for (const v of truth.identityVariants) passports.add(`${v.passport_country}:${v.passport_no}`);
    for (const net of truth.networks) {
      for (const m of net.members) {
        if (m.kind === 'migrant')
          expect(
            passports.has(`${m.passport_country}:${m.passport_no}`),
            `${net.id} ${m.passport_no}`,
          ).toBe(true);
      }
    }
  });

  it('names legitimate hubs of every type, with hub-sized flows and permits at big employers', () => {
    expect(new Set(truth.legitimateHubs.map((h) => h.type))).toEqual(
      new Set(['university', 'hotel', 'railway', 'airline', 'employer', 'family']),
    );
    for (const hub of truth.legitimateHubs.filter((h) => h.type === 'university')) {
      if (hub.kind !== 'organization') continue;
      const study = rows.filter(
        (r) =>
          r.kind === 'invitations' && r.row.inviter_bin === hub.bin && r.row.purpose === 'study',
      );
      expect(study.length, hub.name).toBeGreaterThanOrEqual(50);
    }
    for (const hub of truth.legitimateHubs.filter((h) => h.type === 'employer')) {
      if (hub.kind !== 'organization') continue;
      const work = rows.filter((r) => r.kind === 'employment' && r.row.employer_bin === hub.bin);
      expect(work.length, hub.name).toBeGreaterThanOrEqual(50);
      expect(
        work.filter(
          (r) =>
            (r.row.permit_no ?? '') === '' &&
            !truth.badRows.some((b) => b.file === r.file && b.line === r.line),
        ),
      ).toEqual([]);
    }
    // Violations happen in the background too, so they alone do not identify channels.
    const violators = rows.filter(
      (r) => r.kind === 'violations' && r.row.offender_role === 'foreigner',
    );
    const channel = new Set(
      truth.networks.flatMap((n) =>
        n.members.flatMap((m) => (m.kind === 'migrant' ? [m.passport_no] : [])),
      ),
    );
    const background = violators.filter(
      (r) => !channel.has((r.row.passport_no ?? '').toUpperCase().replace(/[\s-]/g, '')),
    );
    expect(background.length).toBeGreaterThan(violators.length * 0.3);
  });

  it('points identity variants and document conflicts at real rows', () => {
    expect(truth.identityVariants.length).toBeGreaterThan(50);
    expect(new Set(truth.identityVariants.map((v) => v.variant))).toEqual(
      new Set(['transliteration', 'cyrillic', 'passport-format', 'case', 'reissue']),
    );
    for (const v of truth.identityVariants) {
      const r = at(v.file, v.line);
      expect(r, `${v.file}:${v.line}`).toBeDefined();
      expect(r?.row.passport_country).toBe(v.passport_country);
      const written = (r?.row.passport_no ?? '').toUpperCase().replace(/[\s-]/g, '');
      if (v.variant === 'reissue') expect(written).not.toBe(v.passport_no);
      else expect(written).toBe(v.passport_no);
    }
    // A renewal always follows at least one row with the first passport.
    const written = new Set(
      rows.map((r) => `${r.row.passport_country}:${normalized(r.row.passport_no)}`),
    );
    const orphans = truth.identityVariants.filter(
      (v) => !written.has(`${v.passport_country}:${v.passport_no}`),
    );
    expect(orphans).toEqual([]);
    expect(truth.documentConflicts.length).toBeGreaterThan(0);
    for (const c of truth.documentConflicts) {
      const holders = rows.filter(
        (r) =>
          r.row.passport_country === c.passport_country &&
          (r.row.passport_no ?? '').toUpperCase().replace(/[\s-]/g, '') === c.passport_no,
      );
      const people = new Set(holders.map((r) => `${r.row.birth_date}`));
      expect(people.size, `${c.passport_country}:${c.passport_no}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('scaling', SLOW, () => {
  it('grows rows roughly linearly with --scale', () => {
    const total = (t: DropTruth): number => Object.values(t.rows).reduce((s, n) => s + n, 0);
    const half = total(drop('scale-half', 0.5, 5).truth);
    const two = total(drop('scale-two', 2, 5).truth);
    expect(two / half).toBeGreaterThan(3.2);
    expect(two / half).toBeLessThan(4.8);
  });

  it('refuses a folder holding other files', () => {
    expect(() =>
      generateDrop(join(root, 'scale-two.truth.json', '..'), { scale: 0.1, seed: 1 }),
    ).toThrow(/not part of a synthetic drop/);
  });
});
