/**
 * Types of the Detection API (`@arna/graph/detect`) and of the leads export
 * (`/work/shared/spec/leads-format.md`), field for field.
 */
import type { Lang, Reason } from './reasons.js';

/** `kind:key` reference of the cross-team contract, e.g. `person:850101300123`. */
export type EntityRef = string;

export type OrganizerEntry =
  | { kind: 'person'; iin: string; why: string[] }
  | { kind: 'organization'; bin: string; why: string[] };

export type MemberEntry =
  | { kind: 'person'; iin: string; role: string }
  | { kind: 'organization'; bin: string; role: string }
  | { kind: 'migrant'; passport_country: string; passport_no: string; role: string }
  | { kind: 'address'; rka?: string; text: string; role: string }
  | { kind: 'vehicle'; plate: string; role: string };

export interface NetworkPatternHits {
  id: string;
  hits: number;
  evidence: string[];
}

/** One ranked network of the export. */
export interface LeadNetwork {
  id: string;
  rank: number;
  score: number;
  organizers: OrganizerEntry[];
  members: MemberEntry[];
  patterns: NetworkPatternHits[];
  /** Plain-language reasons for the network as a whole (not in the spec's example; additive). */
  why: string[];
}

export interface LeadsExport {
  generatedAt: string;
  dataset: string;
  networks: LeadNetwork[];
}

/** Members in and out of a tracked network at one run. */
export interface NetworkChange {
  runId: string;
  at: string;
  added: EntityRef[];
  removed: EntityRef[];
}

/** A persisted network as read back by `readLeads` / `readLead`. */
export interface PersistedLead extends LeadNetwork {
  size: number;
  runId: string;
  firstSeenRunId: string;
  changes: NetworkChange[];
}

export interface ReadLeadsOptions {
  offset: number;
  limit: number;
  minScore?: number;
  /** Only networks with a hit of this pattern id. */
  pattern?: string;
  /** Case-insensitive substring of a member identifier or name, in either script. */
  search?: string;
  lang?: Lang;
}

export interface ReadLeadsResult {
  total: number;
  networks: PersistedLead[];
}

export type PatternParamType = 'int' | 'float' | 'string' | 'date' | 'list<string>';
export type ParamValue = number | string | string[];

export interface PatternParam {
  name: string;
  type: PatternParamType;
  /** The default as written in the header; `domain.<key>` names a value of config/domain.json. */
  default: ParamValue;
  /** What the parameter means (the header's `param:` line in English, `param.ru/kk` lines). */
  description: { ru: string; kk: string; en: string };
}

export interface PatternInfo {
  id: string;
  titles: { ru: string; kk: string; en: string };
  /** Articles of the codes and points of the Rules (order No. 195) the pattern serves, per language. */
  legalBasis: { ru: string; kk: string; en: string };
  params: PatternParam[];
  /** What a hit means (the header's `hit.*` lines), per language. */
  meaning: { ru: string; kk: string; en: string };
  weight: number;
  /** The Cypher query (header included). */
  text: string;
}

/** One row of a pattern, as the contract requires; evidence as lines in Russian. */
export interface PatternHit {
  patternId: string;
  subject: EntityRef;
  score: number;
  evidence: string[];
  members: EntityRef[];
}

export interface PatternRun {
  patternId: string;
  params: Record<string, ParamValue>;
  hits: PatternHit[];
  ms: number;
}

/**
 * Phases of a run. The pattern library runs beside the projection and Louvain, and the
 * community ids are written beside the patterns and scoring, so phase times overlap.
 */
export type DetectionPhase =
  'projection' | 'louvain' | 'patterns' | 'community ids' | 'scoring' | 'tracking' | 'persistence';

export interface DetectionOptions {
  /** Louvain seed (default from config/domain.json). */
  seed?: number;
  /** Louvain resolution γ (default from config/domain.json). */
  resolution?: number;
  /** Name of the data set written to the export (default: the database URI). */
  dataset?: string;
  /** Only these pattern ids (default: all). */
  patterns?: string[];
  /** Overrides of pattern parameters, by pattern id. */
  params?: Record<string, Record<string, ParamValue>>;
  /** Language of the `why` strings (default ru). */
  lang?: Lang;
  /** Persist networks, community ids and the run (default true). */
  persist?: boolean;
  /** Called after each phase with its duration. */
  onPhase?: (phase: DetectionPhase, ms: number) => void;
  /** Called after each pattern with its duration and number of hits. */
  onPattern?: (patternId: string, ms: number, hits: number) => void;
}

/** Reasons kept as codes so they can be rendered in ru/kk/en later. */
export interface RankedOrganizer {
  ref: EntityRef;
  score: number;
  reasons: Reason[];
}
