import { kindOfRef } from '@/lib/graph/refs';
import { gql } from './client';
import type {
  DismissReason,
  Lead,
  LeadEvent,
  LeadStatus,
  LeadSummary,
  LeadWorkflow,
  Member,
  Organizer,
  PatternHit,
  SubGraph,
} from './types';

// --- wire shapes (the API's `leads` / `workflow` modules) ---

interface WireOrganizer {
  ref: string;
  label?: string | null;
  why: string[];
}
interface WireMember {
  ref: string;
  label?: string | null;
  role: string;
}
interface WirePattern {
  id: string;
  hits: number;
  evidence: string[];
  members?: string[] | null;
}
interface WireState {
  status: string;
  assignee?: string | null;
  ackDueAt?: string | null;
  decideDueAt?: string | null;
  overdue: boolean;
  notifiedService?: string | null;
  dismissReason?: string | null;
  caseNumber?: string | null;
}
interface WireLead {
  id: string;
  rank: number;
  score: number;
  size: number;
  organizers: WireOrganizer[];
  patterns: WirePattern[];
  state: WireState;
}
interface WireEvent {
  at: string;
  user: string;
  action: string;
  note?: string | null;
}
interface WireLeadDetail extends WireLead {
  members: WireMember[];
  history: WireEvent[];
}

const summaryFields = `
  id rank score size
  organizers { ref label why }
  patterns { id hits evidence members }
  state { status assignee ackDueAt decideDueAt overdue notifiedService dismissReason caseNumber }
`;

export interface LeadFilter {
  offset: number;
  limit: number;
  minScore?: number;
  pattern?: string;
  search?: string;
  status?: LeadStatus;
  overdueOnly?: boolean;
}

export async function listLeads(
  filter: LeadFilter,
): Promise<{ total: number; leads: LeadSummary[] }> {
  const data = await gql<{ leads: { total: number; networks: WireLead[] } }>(
    `query Leads($offset: Int!, $limit: Int!, $minScore: Float, $pattern: String, $search: String, $status: String, $overdue: Boolean) {
      leads(offset: $offset, limit: $limit, minScore: $minScore, pattern: $pattern, search: $search, status: $status, overdue: $overdue) {
        total networks { ${summaryFields} }
      }
    }`,
    {
      offset: filter.offset,
      limit: filter.limit,
      minScore: filter.minScore ?? null,
      pattern: filter.pattern || null,
      search: filter.search || null,
      status: filter.status ?? null,
      overdue: filter.overdueOnly ? true : null,
    },
  );
  return { total: data.leads.total, leads: data.leads.networks.map(reshapeSummary) };
}

export async function getLead(id: string): Promise<Lead> {
  const data = await gql<{ lead: WireLeadDetail }>(
    `query Lead($id: ID!) {
      lead(id: $id) {
        ${summaryFields}
        members { ref label role }
        history { at user action note }
      }
    }`,
    { id },
  );
  const wire = data.lead;
  const history = wire.history.map(reshapeEvent);
  return {
    ...reshapeSummary(wire),
    members: wire.members.map(reshapeMember),
    history,
    comments: history.filter((event) => event.action === 'comment'),
  };
}

/** The network's members and the links between them, for the network view. */
export async function getLeadGraph(id: string): Promise<SubGraph> {
  const data = await gql<{ networkGraph: WireSubGraph }>(
    `query NetworkGraph($id: ID!) {
      networkGraph(id: $id) {
        nodes { ref label role organizerRank community firstSeen lastSeen }
        edges { source target type date }
        truncated
      }
    }`,
    { id },
  );
  return reshapeSubGraph(data.networkGraph);
}

// --- workflow (order No. 742 discipline) ---

export type WorkflowAction =
  | { kind: 'acknowledge' }
  | { kind: 'assign'; assignee: string }
  | { kind: 'comment'; text: string }
  | { kind: 'review' }
  | { kind: 'notify'; service: string; note: string }
  | { kind: 'dismiss'; reason: DismissReason; note: string }
  | { kind: 'openCase'; caseNumber: string };

export async function applyWorkflow(id: string, action: WorkflowAction): Promise<void> {
  switch (action.kind) {
    case 'acknowledge':
      await gql('mutation Ack($id: ID!) { acknowledgeLead(id: $id) { status } }', { id });
      return;
    case 'assign':
      await gql(
        'mutation Assign($id: ID!, $assignee: String!) { assignLead(id: $id, assignee: $assignee) { status } }',
        { id, assignee: action.assignee },
      );
      return;
    case 'comment':
      await gql(
        'mutation Comment($id: ID!, $text: String!) { commentLead(id: $id, text: $text) { status } }',
        { id, text: action.text },
      );
      return;
    case 'review':
      await gql('mutation Review($id: ID!) { startReview(id: $id) { status } }', { id });
      return;
    case 'notify':
      await gql(
        'mutation Notify($id: ID!, $service: String!, $note: String) { notifyLead(id: $id, service: $service, note: $note) { status } }',
        { id, service: action.service, note: action.note || null },
      );
      return;
    case 'dismiss':
      await gql(
        'mutation Dismiss($id: ID!, $reason: String!, $note: String) { dismissLead(id: $id, reason: $reason, note: $note) { status } }',
        { id, reason: action.reason, note: action.note || null },
      );
      return;
    case 'openCase':
      await gql(
        'mutation OpenCase($id: ID!, $caseNumber: String!) { openCase(id: $id, caseNumber: $caseNumber) { status } }',
        { id, caseNumber: action.caseNumber },
      );
      return;
  }
}

// --- reshaping ---

export interface WireSubGraph {
  nodes: {
    ref: string;
    label?: string | null;
    role?: string | null;
    organizerRank?: number | null;
    community?: string | number | null;
    firstSeen?: string | null;
    lastSeen?: string | null;
  }[];
  edges: { source: string; target: string; type: string; date?: string | null }[];
  truncated?: boolean | null;
}

export function reshapeSubGraph(wire: WireSubGraph): SubGraph {
  return {
    nodes: wire.nodes.map((node) => ({
      ref: node.ref,
      kind: kindOfRef(node.ref),
      label: node.label || node.ref,
      ...(node.role ? { role: node.role } : {}),
      ...(node.organizerRank ? { organizerRank: node.organizerRank } : {}),
      ...(node.community !== null && node.community !== undefined
        ? { community: String(node.community) }
        : {}),
      ...(node.firstSeen ? { firstSeen: node.firstSeen } : {}),
      ...(node.lastSeen ? { lastSeen: node.lastSeen } : {}),
    })),
    edges: wire.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      type: edge.type,
      ...(edge.date ? { date: edge.date } : {}),
    })),
    truncated: wire.truncated ?? false,
  };
}

function reshapeSummary(wire: WireLead): LeadSummary {
  return {
    id: wire.id,
    rank: wire.rank,
    score: wire.score,
    size: wire.size,
    organizers: wire.organizers.map(reshapeOrganizer),
    patterns: wire.patterns.map(reshapePattern),
    workflow: reshapeState(wire.state),
  };
}

function reshapeOrganizer(wire: WireOrganizer): Organizer {
  return { ref: wire.ref, label: wire.label || wire.ref, why: wire.why };
}

function reshapeMember(wire: WireMember): Member {
  return {
    ref: wire.ref,
    kind: kindOfRef(wire.ref),
    label: wire.label || wire.ref,
    role: wire.role,
  };
}

function reshapePattern(wire: WirePattern): PatternHit {
  return { id: wire.id, hits: wire.hits, evidence: wire.evidence, members: wire.members ?? [] };
}

function reshapeState(wire: WireState): LeadWorkflow {
  return {
    status: wire.status.toLowerCase() as LeadStatus,
    overdue: wire.overdue,
    ...(wire.assignee ? { assignee: wire.assignee } : {}),
    ...(wire.ackDueAt ? { ackDueAt: wire.ackDueAt } : {}),
    ...(wire.decideDueAt ? { decideDueAt: wire.decideDueAt } : {}),
    ...(wire.notifiedService ? { notifiedService: wire.notifiedService } : {}),
    ...(wire.dismissReason ? { dismissReason: wire.dismissReason as DismissReason } : {}),
    ...(wire.caseNumber ? { caseNumber: wire.caseNumber } : {}),
  };
}

function reshapeEvent(wire: WireEvent): LeadEvent {
  return {
    at: wire.at,
    user: wire.user,
    action: wire.action,
    ...(wire.note ? { note: wire.note } : {}),
  };
}
