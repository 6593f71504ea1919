import { nameKey } from '@arna/graph/text';
import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance.js';
import { ForeignerIndex, type IdentityInput } from './foreigner-index.js';

function row(
  documentKey: string,
  last: string,
  first: string,
  birthDate = '1990-05-01',
): IdentityInput {
  return {
    documentKey,
    nameKey: nameKey(last, first),
    birthDate,
    citizenship: 'UZB',
    spellings: [`${last} ${first}`],
  };
}

describe('ForeignerIndex', () => {
  it('creates a foreigner keyed by its first document', () => {
    const index = new ForeignerIndex();
    const r = index.resolve(row('UZB:FA1', 'KHASANOV', 'ZHASUR'));
    expect(r).toMatchObject({ foreignerId: 'UZB:FA1', created: true, merge: null, conflict: null });
  });
  it('merges a spelling variant on the same document (rule 1) and explains it', () => {
    const index = new ForeignerIndex();
    index.resolve(row('UZB:FA1', 'KHASANOV', 'ZHASUR'));
    const again = index.resolve(row('UZB:FA1', 'KHASANOV', 'ZHASUR'));
    expect(again.merge).toBeNull();
    const variant = index.resolve(row('UZB:FA1', 'Хасанов', 'Жасур'));
    expect(variant.foreignerId).toBe('UZB:FA1');
    expect(variant.merge).toEqual({
      rule: 'same-document',
      matchedOn: ['document', 'birthDate', 'nameKey'],
      variant: 'Хасанов Жасур',
    });
  });
  it('tolerates one typo in a long name, and says so', () => {
    const index = new ForeignerIndex();
    index.resolve(row('UZB:FA1', 'ABDURAKHMANOV', 'BOBUR'));
    const typo = index.resolve(row('UZB:FA1', 'ABDURAKMANOV', 'BOBUR'));
    expect(typo.merge?.matchedOn).toContain('nameKey±1');
  });
  it('merges the Muhammad/Mohammed variants on one passport instead of a conflict', () => {
    const index = new ForeignerIndex();
    index.resolve(row('PAK:AB1', 'KHAN', 'MUHAMMAD'));
    const variant = index.resolve(row('PAK:AB1', 'Khan', 'Mohammed'));
    expect(variant).toMatchObject({ foreignerId: 'PAK:AB1', conflict: null });
    expect(variant.merge?.rule).toBe('same-document');
  });
  it('merges a reissued passport by name, birth date and citizenship (rule 2)', () => {
    const index = new ForeignerIndex();
    index.resolve(row('UZB:FA1', 'KARIMOV', 'BOBUR'));
    const reissue = index.resolve(row('UZB:FB2', 'Karimov', 'Bobur'));
    expect(reissue).toMatchObject({ foreignerId: 'UZB:FA1', newDocument: true, conflict: null });
    expect(reissue.merge?.rule).toBe('reissued-document');
    // Either document now resolves to the same foreigner.
    expect(index.resolve(row('UZB:FB2', 'KARIMOV', 'BOBUR')).foreignerId).toBe('UZB:FA1');
  });
  it('records a conflict for the same passport with another birth date, not a merge', () => {
    const index = new ForeignerIndex();
    index.resolve(row('UZB:FA1', 'KARIMOV', 'BOBUR'));
    const forged = index.resolve(row('UZB:FA1', 'KARIMOV', 'BOBUR', '1985-01-01'));
    expect(forged).toMatchObject({
      foreignerId: 'UZB:FA1~2',
      created: true,
      merge: null,
      conflict: { reason: 'different-birth-date', holders: ['UZB:FA1'] },
    });
    const other = index.resolve(row('UZB:FA1', 'OKAFOR', 'CHINEDU'));
    expect(other.conflict?.reason).toBe('different-name');
    expect(other.conflict?.holders).toEqual(['UZB:FA1', 'UZB:FA1~2']);
    expect(other.foreignerId).toBe('UZB:FA1~3');
  });
  it('gives the same answers after a rebuild from stored state', () => {
    const live = new ForeignerIndex();
    const rebuilt = new ForeignerIndex();
    live.resolve(row('UZB:FA1', 'KARIMOV', 'BOBUR'));
    rebuilt.add({
      id: 'UZB:FA1',
      nameKey: nameKey('KARIMOV', 'BOBUR'),
      birthDate: '1990-05-01',
      citizenship: 'UZB',
      names: new Set(['KARIMOV BOBUR']),
      documents: new Set(['UZB:FA1']),
    });
    for (const next of [row('UZB:FB2', 'Karimov', 'Bobur'), row('UZB:FA1', 'X', 'Y')]) {
      expect(rebuilt.resolve(next)).toEqual(live.resolve(next));
    }
  });
});

describe('withinOneEdit', () => {
  it('counts one insertion, deletion or substitution', () => {
    expect(withinOneEdit('ABC', 'ABC')).toBe(true);
    expect(withinOneEdit('ABC', 'ABD')).toBe(true);
    expect(withinOneEdit('ABC', 'AC')).toBe(true);
    expect(withinOneEdit('ABC', 'ABCD')).toBe(true);
    expect(withinOneEdit('ABC', 'BCA')).toBe(false);
    expect(withinOneEdit('ABC', 'A')).toBe(false);
  });
});
