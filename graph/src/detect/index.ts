/**
 * `@arna/graph/detect`: the Detection API of the cross-team contract.
 *
 * - `runDetection(executor, options?)` projects the graph, finds communities (seeded
 *   Louvain), runs the pattern library, scores and ranks networks and their organizers,
 *   tracks networks across runs, persists them and returns the leads export.
 * - `readLeads` / `readLead` read what the last run persisted (same shape as the export's
 *   networks, plus `size`, `firstSeenRunId`, `changes`).
 * - `listPatterns` / `runPattern` expose the pattern library (`cypher/patterns/*.cypher`);
 *   patterns always run in a read transaction with a server-side timeout.
 * - `loadDomainConfig` reads `config/domain.json` (risk countries, articles, weights).
 */
export { runDetection } from './run-detection.js';
export { readLeads, readLead } from './read-leads.js';
export { listPatterns, runPattern } from './patterns.js';
export { loadDomainConfig, domainConfigPath, type DomainConfig } from './domain-config.js';
export { renderReason, renderReasons, type Lang, type Reason } from './reasons.js';
// For benchmarks and analysts: the graphology projection detection works on.
export { projectForDetection, type Projection } from './projection.js';
export { louvain, type Partition, type LouvainSettings } from '../analytics/louvain.js';
export {
  DetectionConfigError,
  NetworkNotFoundError,
  PatternHeaderError,
  PatternParamError,
  PatternResultError,
  UnknownPatternError,
} from './errors.js';
export type * from './types.js';
