import { describe, expect, it } from 'vitest';
import { isAllowedFrom } from './lead-moves';

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
  });
});
