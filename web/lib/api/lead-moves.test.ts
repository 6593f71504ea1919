import { describe, expect, it } from 'vitest';
import { isAllowedFrom, mayAct } from './lead-moves';

describe('isAllowedFrom', () => {
  it('takes no decision on a lead nobody has acknowledged', () => {
    for (const decision of ['review', 'notify', 'dismiss', 'openCase'] as const)
      expect(isAllowedFrom(decision, 'new')).toBe(false);
  });

  it('follows the moves of order No. 742 after the acknowledgement', () => {
    expect(isAllowedFrom('notify', 'acknowledged')).toBe(true);
    expect(isAllowedFrom('dismiss', 'in_review')).toBe(true);
    expect(isAllowedFrom('review', 'in_review')).toBe(false);
    expect(isAllowedFrom('openCase', 'notified')).toBe(true);
    expect(isAllowedFrom('notify', 'notified')).toBe(false);
    expect(isAllowedFrom('openCase', 'dismissed')).toBe(false);
    expect(isAllowedFrom('reopen', 'dismissed')).toBe(true);
    expect(isAllowedFrom('reopen', 'case_opened')).toBe(false);
  });
});

describe('mayAct', () => {
  it('lets analysts comment only', () => {
    expect(mayAct({ role: 'ANALYST', username: 'analyst' }, undefined)).toBe(false);
  });

  it('lets an investigator work free leads and their own, a supervisor any', () => {
    const investigator = { role: 'INVESTIGATOR', username: 'ivanov' } as const;
    expect(mayAct(investigator, undefined)).toBe(true);
    expect(mayAct(investigator, 'ivanov')).toBe(true);
    expect(mayAct(investigator, 'petrov')).toBe(false);
    expect(mayAct({ role: 'SUPERVISOR', username: 'chief' }, 'petrov')).toBe(true);
  });
});
