export { search, type SearchOptions, type SearchHit, type MatchedOn } from './search.js';
export {
  profile,
  type Profile,
  type ProfileOptions,
  type RegisterLink,
  type Identity,
  type IdentityMergeRecord,
  type DocumentConflictRecord,
  type NetworkMembership,
} from './profile.js';
export type { LinkedCountry } from './linked-countries.js';
export { expand, type ExpandOptions } from './expand.js';
export { shortestPaths, type PathOptions, type PathsResult, type EntityPath } from './paths.js';
export { timeline, type Timeline, type TimelineOptions } from './timeline.js';
export type { GraphView, GraphNode, GraphEdge, EdgeFact, NetworkRole } from './graph-view.js';
export type { Fact, Participant } from './facts.js';
export type { NodeSummary, SourceRef } from './nodes.js';
export type { DateWindow } from './options.js';
export {
  ENTITY_KINDS,
  EVENT_KINDS,
  parseRef,
  parseEntityRef,
  type EntityKind,
  type EventKind,
  type NodeKind,
  type ParsedRef,
} from './refs.js';
export { InvalidRefError, EntityNotFoundError, InvalidArgumentError } from './errors.js';
export { networkGraph } from './network-graph.js';
export { warmUp, type WarmUpReport } from './warm-up.js';
export { displayNames } from './display-names.js';
