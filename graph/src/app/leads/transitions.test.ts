import { describe, expect, it } from 'vitest';
import { AppForbiddenError, AppValidationError } from '../errors.js';
import { addWorkingDays, withDeadlines } from './deadlines.js';
import type { Actor } from '../roles.js';
import { applyLeadAction, initialLeadState } from './transitions.js';
import type { LeadAction, LeadState } from './workflow-types.js';

const ivan: Actor = { username: 'ivan', role: 'INVESTIGATOR' };
const asel: Actor = { username: 'asel', role: 'INVESTIGATOR' };
const boss: Actor = { username: 'boss', role: 'SUPERVISOR' };
const ana: Actor = { username: 'ana', role: 'ANALYST' };
const now = new Date('2026-11-24T10:00:00Z');

function run(state: LeadState, action: LeadAction, actor: Actor = ivan): LeadState {
  return applyLeadAction(state, action, actor, now).state;
}

const fresh = () => initialLeadState('net-1', '2026-11-23T09:00:00.000Z');
const acknowledged = () => run(fresh(), { type: 'acknowledge' });

describe('lead transitions (order No. 742)', () => {
  it('acknowledging records who and when and takes ownership of a free lead', () => {
    const state = acknowledged();
    expect(state).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'ivan',
      assignee: 'ivan',
      acknowledgedAt: now.toISOString(),
      version: 1,
    });
  });

  it('refuses a dismissal without a reason code, or with a code outside 01/02/06', () => {
    for (const reasonCode of ['', '03', 'duplicate']) {
      expect(() => run(acknowledged(), { type: 'dismiss', reasonCode, note: 'x' })).toThrow(
        AppValidationError,
      );
    }
  });

  it('refuses a dismissal without a note', () => {
    expect(() => run(acknowledged(), { type: 'dismiss', reasonCode: '02', note: '  ' })).toThrow(
      /note is required/,
    );
  });

  it('dismisses with a reason code and note; the event keeps both', () => {
    const { state, event } = applyLeadAction(
      acknowledged(),
      { type: 'dismiss', reasonCode: '06', note: 'university students' },
      ivan,
      now,
    );
    expect(state).toMatchObject({
      status: 'dismissed',
      dismissReason: '06',
      decidedAt: now.toISOString(),
    });
    expect(event).toMatchObject({
      type: 'dismiss',
      fromStatus: 'acknowledged',
      toStatus: 'dismissed',
      details: { reasonCode: '06', note: 'university students' },
    });
  });

  it('requires acknowledgement before a decision', () => {
    expect(() => run(fresh(), { type: 'notify', service: 'ДП г. Алматы' })).toThrow(
      /cannot notify a lead that is new/,
    );
  });

  it('notify needs a named service; open_case needs a case number', () => {
    expect(() => run(acknowledged(), { type: 'notify', service: '' })).toThrow(
      /service is required/,
    );
    expect(() => run(acknowledged(), { type: 'open_case', caseNumber: ' ' })).toThrow(
      /caseNumber is required/,
    );
    expect(run(acknowledged(), { type: 'notify', service: 'УМП ДП Алматы' })).toMatchObject({
      status: 'notified',
      notifiedService: 'УМП ДП Алматы',
    });
    expect(run(acknowledged(), { type: 'open_case', caseNumber: '261500031000123' })).toMatchObject(
      {
        status: 'case_opened',
        caseNumber: '261500031000123',
      },
    );
  });

  it('keeps another investigator out of an owned lead; a supervisor may act', () => {
    expect(() => run(acknowledged(), { type: 'start_review' }, asel)).toThrow(AppForbiddenError);
    expect(run(acknowledged(), { type: 'start_review' }, boss).status).toBe('in_review');
  });

  it('only supervisors reopen; analysts may only comment', () => {
    const dismissed = run(acknowledged(), { type: 'dismiss', reasonCode: '01', note: 'wrong IIN' });
    expect(() => run(dismissed, { type: 'reopen', note: 'new facts' }, ivan)).toThrow(
      AppForbiddenError,
    );
    expect(run(dismissed, { type: 'reopen', note: 'new facts' }, boss)).toMatchObject({
      status: 'in_review',
      dismissReason: null,
    });
    expect(() => run(fresh(), { type: 'acknowledge' }, ana)).toThrow(AppForbiddenError);
    expect(run(fresh(), { type: 'comment', text: 'see also net-7' }, ana).status).toBe('new');
  });

  it('an investigator may assign only a free lead and only to themselves', () => {
    expect(() => run(fresh(), { type: 'assign', assignee: 'asel' }, ivan)).toThrow(
      AppForbiddenError,
    );
    expect(run(fresh(), { type: 'assign', assignee: 'ivan' }, ivan).assignee).toBe('ivan');
    expect(run(fresh(), { type: 'assign', assignee: 'asel' }, boss).assignee).toBe('asel');
  });
});

describe('deadlines', () => {
  it('two working days skip the weekend (Kazakhstan time)', () => {
    // Thursday 15:00 in Almaty (10:00 UTC) → Monday 15:00.
    expect(addWorkingDays(new Date('2026-11-26T10:00:00Z'), 2).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    // Friday 23:30 in Almaty is Friday 18:30 UTC: still Friday locally → Tuesday.
    expect(addWorkingDays(new Date('2026-11-27T18:30:00Z'), 2).toISOString()).toBe(
      '2026-12-01T18:30:00.000Z',
    );
    // Friday 20:30 UTC is already Saturday 01:30 in Almaty: counts from Monday 00:00 and
    // ends Wednesday 00:00 Almaty time (Tuesday 19:00 UTC).
    expect(addWorkingDays(new Date('2026-11-27T20:30:00Z'), 2).toISOString()).toBe(
      '2026-12-01T19:00:00.000Z',
    );
  });

  it('flags an unacknowledged lead after a day and an undecided one after two working days', () => {
    const state = fresh(); // received Monday 2026-11-23 09:00 UTC
    expect(withDeadlines(state, new Date('2026-11-24T08:59:00Z'))).toMatchObject({
      acknowledgementOverdue: false,
      decisionOverdue: false,
    });
    expect(withDeadlines(state, new Date('2026-11-24T09:01:00Z'))).toMatchObject({
      acknowledgementOverdue: true,
      decisionOverdue: false,
    });
    const ack = acknowledged();
    expect(withDeadlines(ack, new Date('2026-11-25T09:01:00Z'))).toMatchObject({
      acknowledgementOverdue: false,
      decisionOverdue: true,
    });
    const decided = run(ack, { type: 'notify', service: 'ДП' });
    expect(withDeadlines(decided, new Date('2026-12-25T00:00:00Z')).decisionOverdue).toBe(false);
  });
});
