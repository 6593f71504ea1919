import { describe, expect, it } from 'vitest';
import { auditArguments } from './audit-arguments';

describe('auditArguments', () => {
  it('lists set arguments as name and value, lists comma-separated', () => {
    expect(
      auditArguments(
        {
          depth: 1,
          from: null,
          refs: ['document:AFG:P09203148', 'person:1'],
          params: { minInvitees: 5, riskCountries: ['AFG', 'PAK'], to: null },
        },
        'ru',
      ),
    ).toEqual([
      { name: 'depth', value: '1' },
      { name: 'refs', value: 'document:AFG:P09203148, person:1' },
      { name: 'params', value: '(minInvitees: 5; riskCountries: AFG, PAK)' },
    ]);
  });

  it('writes moments in the app notation, Almaty time, not as ISO text', () => {
    const args = { from: '2026-11-30T19:00:00.000Z', note: '2026-11-30' };
    expect(auditArguments(args, 'ru')).toEqual([
      { name: 'from', value: '1 дек. 2026 г., 00:00' },
      { name: 'note', value: '2026-11-30' },
    ]);
    expect(auditArguments(args, 'kk')[0]?.value).toBe('01.12.2026, 00:00');
  });

  it('has nothing to list for no arguments, and a bare value as it is', () => {
    expect(auditArguments({}, 'ru')).toEqual([]);
    expect(auditArguments(null, 'ru')).toEqual([]);
    expect(auditArguments('kept as text', 'ru')).toEqual([{ name: '', value: 'kept as text' }]);
  });

  it('says yes and no in words when given them', () => {
    const args = { ok: true, hideLogReads: false, flags: [true] };
    expect(auditArguments(args, 'ru', { yes: 'да', no: 'нет' })).toEqual([
      { name: 'ok', value: 'да' },
      { name: 'hideLogReads', value: 'нет' },
      { name: 'flags', value: 'да' },
    ]);
    expect(auditArguments(args, 'ru')[0]?.value).toBe('true');
  });
});
