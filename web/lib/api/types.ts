/**
 * The UI's own shapes. `web/lib/api/*` reshapes API responses into these at the boundary, so
 * components never depend on the wire format.
 */
export const entityKinds = [
  'person',
  'organization',
  'foreigner',
  'address',
  'phone',
  'vehicle',
  'document',
  'event',
] as const;
export type EntityKind = (typeof entityKinds)[number];

export type Role = 'INVESTIGATOR' | 'ANALYST' | 'SUPERVISOR' | 'ADMIN';

export interface User {
  username: string;
  role: Role;
  disabled: boolean;
}

/** Where a fact comes from: the drop's file and 1-based line, and the load. */
export interface Source {
  file: string;
  line: number;
  loadId?: string;
}

export interface Fact {
  label: string;
  value: string;
  source?: Source;
}

export interface GraphNode {
  /** Entity reference `kind:key` (contracts.md). */
  ref: string;
  kind: EntityKind;
  label: string;
  role?: string;
  /** 1 = the most likely organizer; absent for non-organizers. */
  organizerRank?: number;
  community?: string;
  /** Earliest and latest event dates touching the node (ISO dates), for the time window. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  date?: string;
  sourceFact?: Source;
}

export interface SubGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

export type LeadStatus =
  'new' | 'acknowledged' | 'in_review' | 'notified' | 'dismissed' | 'case_opened';
export const leadStatuses: LeadStatus[] = [
  'new',
  'acknowledged',
  'in_review',
  'notified',
  'dismissed',
  'case_opened',
];
export type DismissReason = '01' | '02' | '06';

export interface Organizer {
  ref: string;
  label: string;
  why: string[];
}

export interface Member {
  ref: string;
  kind: EntityKind;
  label: string;
  role: string;
}

export interface PatternHit {
  id: string;
  hits: number;
  evidence: string[];
  /** Entity refs the evidence names (to highlight on the graph). */
  members: string[];
}

export interface LeadWorkflow {
  status: LeadStatus;
  assignee?: string;
  ackDueAt?: string;
  decideDueAt?: string;
  overdue: boolean;
  notifiedService?: string;
  dismissReason?: DismissReason;
  caseNumber?: string;
}

export interface LeadSummary {
  id: string;
  rank: number;
  score: number;
  size: number;
  organizers: Organizer[];
  patterns: PatternHit[];
  workflow: LeadWorkflow;
}

export interface LeadEvent {
  at: string;
  user: string;
  action: string;
  note?: string;
}

export interface Lead extends LeadSummary {
  members: Member[];
  history: LeadEvent[];
  comments: LeadEvent[];
}

export interface TimelineEvent {
  ref: string;
  kind: string;
  date: string;
  summary: string;
  source?: Source;
}

export interface EntityProfile {
  ref: string;
  kind: EntityKind;
  label: string;
  facts: Fact[];
  spellings: string[];
  documents: { ref: string; label: string; source?: Source }[];
  merges: { rule: string; matchedOn: string; variant: string; source?: Source }[];
  conflicts: { reason: string; document: string; other: string; source?: Source }[];
  networks: { id: string; rank: number; score: number; role: string }[];
  timeline: TimelineEvent[];
}

export interface SearchHit {
  ref: string;
  kind: EntityKind;
  label: string;
  detail?: string;
  score: number;
}

export interface PatternParam {
  name: string;
  type: string;
  default?: string;
  description: string;
}

export interface PatternInfo {
  id: string;
  title: string;
  legalBasis: string;
  hit: string;
  weight: number;
  params: PatternParam[];
  text: string;
}

export interface SavedQuery {
  id: string;
  name: string;
  description?: string;
  cypher: string;
  params: PatternParam[];
  owner: string;
  shared: boolean;
  builtIn: boolean;
  legalBasis?: string;
}

export interface QueryResult {
  columns: string[];
  rows: string[][];
  graph: SubGraph;
  elapsedMs?: number;
  truncated?: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  user: string;
  action: string;
  purpose?: string;
  details: string;
}

export interface AuditCheck {
  ok: boolean;
  checked: number;
  firstBad?: number;
  message?: string;
}
