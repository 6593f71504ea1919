import { describe, expect, it } from 'vitest';
import { chainBreak } from './chain-break';

describe('chainBreak', () => {
  it('names each break verifyAudit reports', () => {
    expect(chainBreak('entry 12 is missing')).toBe('missing');
    expect(chainBreak('entry 12 does not link to entry 11')).toBe('unlinked');
    expect(chainBreak('entry 12 was altered (hash mismatch)')).toBe('altered');
    expect(chainBreak('entries after 40 are missing (head is at 42)')).toBe('truncated');
  });

  it('keeps an unknown or absent reason apart', () => {
    expect(chainBreak('something new')).toBe('other');
    expect(chainBreak(undefined)).toBe('other');
  });
});
