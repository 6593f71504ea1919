import { describe, expect, it } from 'vitest';
import { NO_AUDIT_FILTER, auditQuery, isFiltered, pinAfter } from './audit-query';

describe('auditQuery', () => {
  it('asks for the whole log when nothing is chosen', () => {
    expect(auditQuery(NO_AUDIT_FILTER)).toEqual({});
  });

  it('matches a group of actions by prefix, without sign-outs among sign-ins', () => {
    expect(auditQuery({ ...NO_AUDIT_FILTER, group: 'login' }).action).toBe('login.');
    expect(auditQuery({ ...NO_AUDIT_FILTER, group: 'logout' }).action).toBe('logout');
    expect(auditQuery({ ...NO_AUDIT_FILTER, group: 'search' }).action).toBe('search');
  });

  it('takes days in Almaty time, the "to" day whole', () => {
    expect(
      auditQuery({
        ...NO_AUDIT_FILTER,
        user: 'analyst',
        fromDay: '2026-12-01',
        toDay: '2026-12-06',
      }),
    ).toEqual({
      user: 'analyst',
      from: '2026-11-30T19:00:00.000Z',
      to: '2026-12-06T19:00:00.000Z',
    });
  });

  it('takes the offset Almaty had on the day: UTC+6 before March 2024', () => {
    expect(auditQuery({ ...NO_AUDIT_FILTER, fromDay: '2020-01-01' }).from).toBe(
      '2019-12-31T18:00:00.000Z',
    );
  });

  it('ends at the pinned moment or the "to" day, whichever is earlier', () => {
    const until = pinAfter('2026-12-06T07:13:11.123Z');
    expect(until).toBe('2026-12-06T07:13:11.124Z');
    expect(auditQuery(NO_AUDIT_FILTER, until).to).toBe(until);
    expect(auditQuery({ ...NO_AUDIT_FILTER, toDay: '2026-12-01' }, until).to).toBe(
      '2026-12-01T19:00:00.000Z',
    );
  });

  it('leaves out reads of the log only when asked, and counts that as a filter', () => {
    expect(auditQuery({ ...NO_AUDIT_FILTER, hideLogReads: true })).toEqual({ hideLogReads: true });
    expect(isFiltered(NO_AUDIT_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_AUDIT_FILTER, hideLogReads: true })).toBe(true);
    expect(isFiltered({ ...NO_AUDIT_FILTER, user: 'analyst' })).toBe(true);
  });
});
