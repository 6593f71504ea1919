import { describe, expect, it } from 'vitest';
import { inReadingOrder } from './participants';

const participant = (role: string) => ({
  ref: `x:${role}`,
  kind: 'person' as const,
  label: role,
  role,
});

describe('inReadingOrder', () => {
  it('reads every registration the same way: foreigner, passport, host, address', () => {
    const roles = (list: string[]) => inReadingOrder(list.map(participant)).map((p) => p.role);
    expect(roles(['at', 'document', 'foreigner', 'host'])).toEqual([
      'foreigner',
      'document',
      'host',
      'at',
    ]);
    expect(roles(['host', 'foreigner', 'at', 'document'])).toEqual([
      'foreigner',
      'document',
      'host',
      'at',
    ]);
  });

  it('puts roles it does not know last, in the order they came', () => {
    const roles = inReadingOrder(['witness', 'at', 'other'].map(participant)).map((p) => p.role);
    expect(roles).toEqual(['at', 'witness', 'other']);
  });
});
