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
  /** The code behind `value` when the API named it (a country: «Узбекистан» for UZB). */
  code?: string;
}

export interface GraphNode {
  /** Entity reference `kind:key` (contracts.md). */
  ref: string;
  kind: EntityKind;
  label: string;
  subtitle?: string;
  role?: string;
  /** 1 = the most likely organizer; absent for non-organizers. */
  organizerRank?: number;
  /** An organizer candidate of some network. */
  organizer?: boolean;
  community?: string;
  /** Event records and register relations of the node in the whole graph (absent on paths). */
  records?: number;
  /**
   * More records than the API's per-node limit (a hotel, a national carrier): shown but not
   * walked when reached through another node; only expanding it walks it.
   */
  hub?: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** Event kind or register relation. */
  type: string;
  count: number;
  firstDate?: string;
  lastDate?: string;
  /** The records behind the edge (up to 20), with their sources. */
  facts: Source[];
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
  /** ИИН or БИН. */
  identifier: string;
  /** Full name or firm name; absent when the request stated no purpose. */
  name?: string;
  why: string[];
}

export interface Member {
  ref: string;
  kind: EntityKind;
  /** The identifier an officer checks; a migrant's passport with its country named. */
  label: string;
  /** Its name (a migrant's is the passport holder's), when the request stated a purpose. */
  name?: string;
  role: string;
  /** A migrant's passport country code, named in `label`. */
  countryCode?: string;
}

export interface PatternHit {
  id: string;
  hits: number;
  /** Lines naming the facts with their source `file:line`. */
  evidence: string[];
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
  /** Plain-language reasons for the network as a whole. */
  why: string[];
  members: Member[];
  history: LeadEvent[];
}

export interface EntitySummary {
  ref: string;
  kind: EntityKind;
  label: string;
  subtitle?: string;
}

export interface TimelineEvent {
  ref: string;
  /** Event kind: invitation, registration, crossing… */
  kind: string;
  date?: string;
  /** The record's own fields (purpose, article, route…) as `key: value` pairs. */
  details: Fact[];
  participants: (EntitySummary & { role: string })[];
  source?: Source;
}

export interface EntityProfile extends EntitySummary {
  properties: Fact[];
  source?: Source;
  /** Register facts: director, founder, lives at, phone, holds… */
  links: { type: string; direction: string; other: EntitySummary; source?: Source }[];
  names: string[];
  documents: EntitySummary[];
  holders: EntitySummary[];
  merges: { rule: string; matchedOn: string[]; variant?: string; source?: Source }[];
  conflicts: {
    reason: string;
    document?: EntitySummary;
    foreigners: EntitySummary[];
    source?: Source;
  }[];
  networks: {
    id: string;
    rank?: number;
    score?: number;
    role?: string;
    organizerRank?: number;
    why: string[];
  }[];
  timeline: TimelineEvent[];
  timelineTotal: number;
  /**
   * Every country code the profile shows (its own, its events', its linked entities'
   * subtitles and labels), by code, named in the UI language.
   */
  countries: ReadonlyMap<string, string>;
}

export interface SearchHit extends EntitySummary {
  matchedOn: string;
  score?: number;
  /** Names of the country codes its subtitle shows, in the UI language. */
  countries: ReadonlyMap<string, string>;
}

export interface PatternParam {
  name: string;
  type: string;
  default?: string;
  description: string;
}

export interface SavedQuery {
  /** `pattern:<id>` for the built-in patterns of cypher/patterns. */
  id: string;
  name: string;
  description: string;
  cypher: string;
  params: PatternParam[];
  owner: string;
  sharedWith: string[];
  sharedRoles: Role[];
  builtIn: boolean;
  canEdit: boolean;
  legalBasis?: string;
}

export interface QueryResult {
  columns: string[];
  rows: string[][];
  /** Entity references found in the rows, to show the result as a graph. */
  refs: string[];
  elapsedMs: number;
  truncated: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  user: string;
  action: string;
  purpose?: string;
  /** The action's arguments as the API keeps them (canonical JSON). */
  args: unknown;
}

export interface AuditCheck {
  ok: boolean;
  checked: number;
  firstBroken?: number;
  reason?: string;
}
