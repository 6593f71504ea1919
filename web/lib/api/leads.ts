import type { Locale } from '@/i18n/locales';
import { keyOfRef, kindOfRef } from '@/lib/graph/refs';
import { gql } from './client';
import { memberLabel, type MemberIdentifiers } from './member-label';
import type {
  DismissReason,
  Lead,
  LeadEvent,
  LeadStatus,
  LeadSummary,
  LeadWorkflow,
  Member,
} from './types';

// --- wire shapes (api/src/modules/leads/leads.graphql) ---

interface WireOrganizer {
  kind: string;
  ref: string;
  name?: string | null;
  why: string[];
}
interface WireMember extends MemberIdentifiers {
  role: string;
  name?: string | null;
}
interface WirePattern {
  id: string;
  hits: number;
  evidence: string[];
}
type WireStatus = 'NEW' | 'ACKNOWLEDGED' | 'IN_REVIEW' | 'NOTIFIED' | 'DISMISSED' | 'CASE_OPENED';
type WireReason = 'DATA_MISMATCH' | 'DUPLICATE' | 'NOT_RELEVANT';
interface WireWorkflow {
  status: WireStatus;
  assignee?: string | null;
  acknowledgeDueAt: string;
  decisionDueAt: string;
  acknowledgementOverdue: boolean;
  decisionOverdue: boolean;
  notifiedService?: string | null;
  dismissReason?: WireReason | null;
  dismissNote?: string | null;
  caseNumber?: string | null;
}
interface WireLead {
  id: string;
  rank: number;
  score: number;
  size: number;
  organizers: WireOrganizer[];
  patterns: WirePattern[];
  workflow: WireWorkflow;
}
interface WireEvent {
  at: string;
  user: string;
  type: string;
  details: Record<string, unknown> | null;
}
interface WireLeadDetail extends WireLead {
  why: string[];
  members: WireMember[];
  workflow: WireWorkflow & { history: WireEvent[] };
}

const reasonCodes: Record<WireReason, DismissReason> = {
  DATA_MISMATCH: '01',
  DUPLICATE: '02',
  NOT_RELEVANT: '06',
};
const reasonEnums: Record<DismissReason, WireReason> = {
  '01': 'DATA_MISMATCH',
  '02': 'DUPLICATE',
  '06': 'NOT_RELEVANT',
};

const workflowFields = `status assignee acknowledgeDueAt decisionDueAt acknowledgementOverdue decisionOverdue
  notifiedService dismissReason dismissNote caseNumber`;
const summaryFields = `
  id rank score size
  organizers { kind ref name why }
  patterns { id hits evidence }
`;

export interface LeadFilter {
  offset: number;
  limit: number;
  minScore?: number;
  pattern?: string;
  search?: string;
  status?: LeadStatus;
  /** Applied to the page that came back: the API has no overdue filter. */
  overdueOnly?: boolean;
}

export async function listLeads(
  filter: LeadFilter,
  locale: Locale,
): Promise<{ total: number; leads: LeadSummary[] }> {
  const data = await gql<{ leads: { total: number; leads: WireLead[] } }>(
    `query Leads($offset: Int!, $limit: Int!, $minScore: Float, $pattern: String, $search: String, $status: [LeadStatus!], $lang: Lang) {
      leads(offset: $offset, limit: $limit, minScore: $minScore, pattern: $pattern, search: $search, status: $status, lang: $lang) {
        total leads { ${summaryFields} workflow { ${workflowFields} } }
      }
    }`,
    {
      offset: filter.offset,
      limit: filter.limit,
      minScore: filter.minScore ?? null,
      pattern: filter.pattern || null,
      search: filter.search || null,
      status: filter.status ? [filter.status.toUpperCase()] : null,
      lang: locale.toUpperCase(),
    },
  );
  const leads = data.leads.leads.map(reshapeSummary);
  return {
    total: data.leads.total,
    leads: filter.overdueOnly ? leads.filter((lead) => lead.workflow.overdue) : leads,
  };
}

export async function getLead(id: string, locale: Locale): Promise<Lead> {
  const data = await gql<{ lead: WireLeadDetail }>(
    `query Lead($id: ID!, $lang: Lang) {
      lead(id: $id, lang: $lang) {
        ${summaryFields}
        why
        members { kind ref role name iin bin passportCountry passportCountryName(lang: $lang) passportNo text plate }
        workflow { ${workflowFields} history { at user type details } }
      }
    }`,
    { id, lang: locale.toUpperCase() },
  );
  const wire = data.lead;
  const history = wire.workflow.history.map(reshapeEvent);
  return {
    ...reshapeSummary(wire),
    why: wire.why,
    members: wire.members.map(reshapeMember),
    history,
  };
}

// --- workflow (order No. 742 discipline) ---

export type WorkflowAction =
  | { kind: 'acknowledge' }
  | { kind: 'assign'; assignee: string }
  | { kind: 'comment'; text: string }
  | { kind: 'review' }
  | { kind: 'notify'; service: string; note: string }
  | { kind: 'dismiss'; reason: DismissReason; note: string }
  | { kind: 'openCase'; caseNumber: string; note: string }
  | { kind: 'reopen'; note: string };

const workflowMutations: Record<WorkflowAction['kind'], string> = {
  acknowledge:
    'mutation Ack($networkId: ID!) { acknowledgeLead(networkId: $networkId) { status } }',
  review: 'mutation Review($networkId: ID!) { startLeadReview(networkId: $networkId) { status } }',
  assign:
    'mutation Assign($networkId: ID!, $assignee: String) { assignLead(networkId: $networkId, assignee: $assignee) { status } }',
  comment:
    'mutation Comment($networkId: ID!, $text: String!) { commentLead(networkId: $networkId, text: $text) { status } }',
  notify:
    'mutation Notify($networkId: ID!, $service: String!, $note: String) { notifyLead(networkId: $networkId, service: $service, note: $note) { status } }',
  dismiss:
    'mutation Dismiss($networkId: ID!, $reasonCode: DismissReason!, $note: String!) { dismissLead(networkId: $networkId, reasonCode: $reasonCode, note: $note) { status } }',
  reopen:
    'mutation Reopen($networkId: ID!, $note: String!) { reopenLead(networkId: $networkId, note: $note) { status } }',
  openCase:
    'mutation OpenCase($networkId: ID!, $caseNumber: String!, $note: String) { openLeadCase(networkId: $networkId, caseNumber: $caseNumber, note: $note) { status } }',
};

export async function applyWorkflow(networkId: string, action: WorkflowAction): Promise<void> {
  const variables: Record<string, unknown> = { networkId };
  switch (action.kind) {
    case 'assign':
      variables['assignee'] = action.assignee || null;
      break;
    case 'comment':
      variables['text'] = action.text;
      break;
    case 'notify':
      Object.assign(variables, { service: action.service, note: action.note || null });
      break;
    case 'dismiss':
      Object.assign(variables, { reasonCode: reasonEnums[action.reason], note: action.note });
      break;
    case 'openCase':
      Object.assign(variables, { caseNumber: action.caseNumber, note: action.note || null });
      break;
    case 'reopen':
      variables['note'] = action.note;
      break;
    default:
      break;
  }
  await gql(workflowMutations[action.kind], variables);
}

// --- reshaping ---

function reshapeSummary(wire: WireLead): LeadSummary {
  return {
    id: wire.id,
    rank: wire.rank,
    score: wire.score,
    size: wire.size,
    organizers: wire.organizers.map((organizer) => ({
      ref: organizer.ref,
      identifier: keyOfRef(organizer.ref),
      ...(organizer.name ? { name: organizer.name } : {}),
      why: organizer.why,
    })),
    patterns: wire.patterns.map((pattern) => ({ ...pattern, members: [] })),
    workflow: reshapeWorkflow(wire.workflow),
  };
}

function reshapeMember(wire: WireMember): Member {
  const label = memberLabel(wire);
  const ref = wire.ref ?? `${wire.kind}:${label}`;
  return {
    ref,
    // A migrant is named by the passport (a document) but is a foreigner.
    kind: wire.kind === 'migrant' ? 'foreigner' : kindOfRef(ref),
    label,
    ...(wire.name ? { name: wire.name } : {}),
    role: wire.role,
    ...(wire.kind === 'migrant' && wire.passportCountry
      ? { countryCode: wire.passportCountry }
      : {}),
  };
}

function reshapeWorkflow(wire: WireWorkflow): LeadWorkflow {
  const status = wire.status.toLowerCase() as LeadStatus;
  return {
    status,
    overdue:
      (status === 'new' && wire.acknowledgementOverdue) ||
      (['new', 'acknowledged', 'in_review'].includes(status) && wire.decisionOverdue),
    ackDueAt: wire.acknowledgeDueAt,
    decideDueAt: wire.decisionDueAt,
    ...(wire.assignee ? { assignee: wire.assignee } : {}),
    ...(wire.notifiedService ? { notifiedService: wire.notifiedService } : {}),
    ...(wire.dismissReason ? { dismissReason: reasonCodes[wire.dismissReason] } : {}),
    ...(wire.caseNumber ? { caseNumber: wire.caseNumber } : {}),
  };
}

function reshapeEvent(wire: WireEvent): LeadEvent {
  const details = wire.details ?? {};
  const note = ['text', 'note', 'service', 'caseNumber', 'assignee', 'reasonCode']
    .map((key) => details[key])
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .join(' · ');
  return { at: wire.at, user: wire.user, action: wire.type, ...(note ? { note } : {}) };
}
