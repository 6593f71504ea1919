import type { Executor } from '../../db/executor.js';
import { cypherFile } from '../../db/cypher-files.js';
import { searchText } from '../../text/index.js';
import { canonicalJson } from '../canonical-json.js';
import { AppNotFoundError, AppValidationError } from '../errors.js';
import { withDeadlines } from './deadlines.js';
import type { Actor } from '../roles.js';
import { applyLeadAction, initialLeadState } from './transitions.js';
import type { LeadAction, LeadEvent, LeadState, LeadWorkflow } from './workflow-types.js';

const STATE_FIELDS = [
  'networkId',
  'status',
  'assignee',
  'receivedAt',
  'acknowledgedAt',
  'acknowledgedBy',
  'decidedAt',
  'notifiedService',
  'dismissReason',
  'dismissNote',
  'caseNumber',
  'updatedAt',
  'version',
] as const;

function toState(stored: Record<string, unknown>): LeadState {
  const state = initialLeadState(String(stored['networkId']), String(stored['receivedAt']));
  const out: Record<string, unknown> = { ...state };
  for (const field of STATE_FIELDS) {
    if (stored[field] !== undefined && stored[field] !== null) out[field] = stored[field];
  }
  return out as unknown as LeadState;
}

function stateParams(state: LeadState): Record<string, unknown> {
  return Object.fromEntries(STATE_FIELDS.map((f) => [f, state[f]]));
}

/**
 * Applies a workflow action to a network's lead in one transaction: lock (creating the
 * state on first touch), validate, save state and history event. Returns the new workflow.
 */
export async function actOnLead(
  executor: Executor,
  networkId: string,
  action: LeadAction,
  actor: Actor,
): Promise<{ workflow: LeadWorkflow; event: LeadEvent }> {
  return executor.transaction({ mode: 'write', label: `lead:${action.type}` }, async (tx) => {
    const now = new Date();
    const locked = await tx.run(cypherFile('app/lead-state-lock'), {
      networkId,
      now: now.toISOString(),
    });
    const stored = locked.records[0]?.get('state') as Record<string, unknown> | undefined;
    if (!stored) throw new AppNotFoundError('network', networkId);
    if (action.type === 'assign' && action.assignee !== null) {
      const found = await tx.run(cypherFile('app/user-assignable'), { username: action.assignee });
      if (found.records.length === 0) {
        throw new AppValidationError(
          `"${action.assignee}" is not an enabled investigator or supervisor`,
          'assignee',
        );
      }
    }
    const { state, event } = applyLeadAction(toState(stored), action, actor, now);
    const { details, ...eventFields } = event;
    await tx.run(cypherFile('app/lead-state-save'), {
      state: stateParams(state),
      event: eventFields,
      details: canonicalJson(details),
    });
    return { workflow: withDeadlines(state, now), event };
  });
}

/** The workflow of each network id (untouched ones are `new`, received at first detection). */
export async function readLeadWorkflows(
  executor: Executor,
  networkIds: string[],
  now: Date = new Date(),
): Promise<Map<string, LeadWorkflow>> {
  if (networkIds.length === 0) return new Map();
  const rows = await executor.run(
    cypherFile('app/lead-states'),
    { ids: networkIds },
    { label: 'lead:states' },
  );
  const out = new Map<string, LeadWorkflow>();
  for (const row of rows) {
    const id = String(row['id']);
    const stored = row['state'] as Record<string, unknown> | null;
    const state = stored
      ? toState(stored)
      : initialLeadState(id, String(row['firstSeenAt'] ?? now.toISOString()));
    out.set(id, withDeadlines(state, now));
  }
  return out;
}

export async function readLeadHistory(executor: Executor, networkId: string): Promise<LeadEvent[]> {
  const rows = await executor.run(
    cypherFile('app/lead-history'),
    { networkId },
    { label: 'lead:history' },
  );
  return rows.map((row) => {
    const e = row['event'] as Record<string, unknown>;
    return {
      id: String(e['id']),
      networkId: String(e['networkId']),
      version: Number(e['version']),
      at: String(e['at']),
      user: String(e['user']),
      type: e['type'] as LeadEvent['type'],
      fromStatus: e['fromStatus'] as LeadEvent['fromStatus'],
      toStatus: e['toStatus'] as LeadEvent['toStatus'],
      details: JSON.parse(String(e['details'] ?? '{}')) as Record<string, unknown>,
    };
  });
}

/** Ids of the latest run's networks matching detection filters and workflow filters, by rank. */
export async function leadIdsByState(
  executor: Executor,
  filter: {
    offset: number;
    limit: number;
    minScore?: number | null;
    pattern?: string | null;
    search?: string | null;
    statuses?: string[] | null;
    assignee?: string | null;
  },
): Promise<{ total: number; ids: string[] }> {
  const rows = await executor.run(
    cypherFile('app/leads-page-by-state'),
    {
      offset: Math.max(0, Math.trunc(filter.offset)),
      limit: Math.max(0, Math.trunc(filter.limit)),
      minScore: filter.minScore ?? null,
      pattern: filter.pattern ?? null,
      search: filter.search?.trim() ? searchText(filter.search.trim()) : null,
      statuses: filter.statuses && filter.statuses.length > 0 ? filter.statuses : null,
      assignee: filter.assignee ?? null,
    },
    { label: 'lead:page-by-state' },
  );
  return {
    total: Number(rows[0]?.['total'] ?? 0),
    ids: ((rows[0]?.['ids'] ?? []) as unknown[]).map(String),
  };
}
