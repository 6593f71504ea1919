import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePassportNo } from '@arna/graph/text';
import { resetDatabase, testExecutor } from '@arna/graph/testing';
import { generateDrop, truthPathFor } from '../synth/index.js';
import { loadDrop, type LoadSummary, type RejectedRow } from '../index.js';

interface Truth {
  rows: Record<string, number>;
  badRows: { file: string; line: number; field: string; reason: string }[];
  identityVariants: {
    file: string;
    line: number;
    passport_country: string;
    passport_no: string;
    variant: string;
  }[];
  documentConflicts: { passport_country: string; passport_no: string }[];
}

const executor = testExecutor();
const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'arna-etl-synth-')), 'drop');
let truth: Truth;
let summary: LoadSummary;
const rejects: RejectedRow[] = [];

beforeAll(async () => {
  await resetDatabase(executor);
  generateDrop(dir, { scale: 0.05, seed: 11 });
  truth = JSON.parse(readFileSync(truthPathFor(dir), 'utf8')) as Truth;
  summary = await loadDrop(executor, dir, { onReject: (r) => rejects.push(r) });
});

afterAll(async () => {
  await executor.close();
});

describe('a synthetic drop (arna synth --scale 0.05)', () => {
  it('reads every row and rejects exactly the planted bad rows, each for its reason', () => {
    expect(summary.totals.read).toBe(Object.values(truth.rows).reduce((a, b) => a + b, 0));
    expect(truth.badRows.length).toBeGreaterThan(0);
    const got = rejects.map((r) => `${r.file}:${r.line} ${r.field} ${r.reason}`).sort();
    const want = truth.badRows.map((b) => `${b.file}:${b.line} ${b.field} ${b.reason}`).sort();
    expect(got).toEqual(want);
    expect(summary.totals.rejected).toBe(truth.badRows.length);
  });

  // A reissue's earlier passport may predate the drop's export window; when it is in the
  // drop, its holder must be the same foreigner.
  it('merges every planted spelling, notation and reissue variant into its foreigner', async () => {
    expect(truth.identityVariants.length).toBeGreaterThan(0);
    const rows = await executor.run(
      `UNWIND $variants AS v
       MATCH (e:Event {srcFile: v.file, srcLine: v.line})-[:FOREIGNER]->(f:Foreigner)
       OPTIONAL MATCH (d:Document {key: v.key})
       RETURN v.file AS file, v.line AS line, v.variant AS variant,
              d IS NULL AS canonicalAbsent, EXISTS { (f)-[:HOLDS]->(d) } AS merged`,
      {
        variants: truth.identityVariants.map((v) => ({
          file: v.file,
          line: v.line,
          variant: v.variant,
          key: `${v.passport_country}:${normalizePassportNo(v.passport_no)}`,
        })),
      },
    );
    expect(rows).toHaveLength(truth.identityVariants.length);
    expect(rows.filter((r) => r['merged'] !== true && r['canonicalAbsent'] !== true)).toEqual([]);
    // Only reissues may lack their earlier passport; every other variant is checked.
    const unchecked = rows.filter((r) => r['canonicalAbsent'] === true);
    expect(unchecked.filter((r) => r['variant'] !== 'reissue')).toEqual([]);
    expect(rows.length - unchecked.length).toBeGreaterThan(truth.identityVariants.length / 2);
  });

  it('records a document conflict for exactly the planted shared passports', async () => {
    const rows = await executor.run(
      'MATCH (:DocumentConflict)-[:ON_DOCUMENT]->(d:Document) RETURN DISTINCT d.key AS key',
    );
    const want = new Set(
      truth.documentConflicts.map(
        (d) => `${d.passport_country}:${normalizePassportNo(d.passport_no)}`,
      ),
    );
    expect(new Set(rows.map((r) => r['key']))).toEqual(want);
  });
});
