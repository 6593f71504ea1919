import type { Executor } from '../db/executor.js';
import { cypherFile, cypherFilesIn } from '../db/cypher-files.js';
import { loadDomainConfig, type DomainConfig } from './domain-config.js';
import { parsePatternHeader, parseValue, type ParsedPattern } from './pattern-header.js';
import { PatternParamError, PatternResultError, UnknownPatternError } from './errors.js';
import { evidenceLines, type EvidenceItem } from './evidence.js';
import type { ParamValue, PatternHit, PatternInfo, PatternRun } from './types.js';

/** Every pattern of `cypher/patterns/`, parsed once per process. */
let library: Map<string, ParsedPattern> | undefined;

export function patternLibrary(): Map<string, ParsedPattern> {
  if (library) return library;
  const config = loadDomainConfig();
  const parsed = new Map<string, ParsedPattern>();
  for (const name of cypherFilesIn('patterns')) {
    const pattern = parsePatternHeader(`cypher/${name}.cypher`, cypherFile(name));
    parsed.set(pattern.id, withDomainDefaults(pattern, config));
  }
  library = parsed;
  return parsed;
}

/** Headers of all patterns (ids, titles, legal basis, parameters with resolved defaults). */
export function listPatterns(): PatternInfo[] {
  return [...patternLibrary().values()].map(
    ({ id, titles, legalBasis, params, meaning, weight, text }) => ({
      id,
      titles,
      legalBasis,
      params,
      meaning,
      weight,
      text,
    }),
  );
}

export function getPattern(id: string): ParsedPattern {
  const pattern = patternLibrary().get(id);
  if (!pattern) throw new UnknownPatternError(id);
  return pattern;
}

function withDomainDefaults(pattern: ParsedPattern, config: DomainConfig): ParsedPattern {
  const params = pattern.params.map((param) => {
    const key = pattern.domainDefaults[param.name];
    if (key === undefined) return param;
    const value = domainValue(config, key);
    if (!isParamValue(value)) {
      throw new PatternParamError(pattern.id, param.name, `config/domain.json has no "${key}"`);
    }
    return { ...param, default: value };
  });
  return { ...pattern, params };
}

/** `a.b.c` of config/domain.json; an object stands for its keys (e.g. hub activities). */
function domainValue(config: DomainConfig, dotted: string): unknown {
  let value: unknown = config;
  for (const part of dotted.split('.')) {
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value);
  return value;
}

function isParamValue(value: unknown): value is ParamValue {
  return (
    typeof value === 'number' ||
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

/** Defaults merged with the given values, each checked against the declared type. */
export function resolveParams(
  pattern: PatternInfo,
  given: Record<string, unknown> = {},
): Record<string, ParamValue> {
  const declared = new Map(pattern.params.map((p) => [p.name, p]));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) throw new PatternParamError(pattern.id, name, 'unknown parameter');
  }
  const out: Record<string, ParamValue> = {};
  for (const param of pattern.params) {
    const value = given[param.name];
    if (value === undefined || value === null) {
      out[param.name] = param.default;
      continue;
    }
    out[param.name] = coerce(pattern.id, param.name, param.type, value);
  }
  return out;
}

function coerce(
  patternId: string,
  name: string,
  type: PatternInfo['params'][number]['type'],
  value: unknown,
): ParamValue {
  try {
    if (typeof value === 'string') {
      return type === 'list<string>' && !value.trim().startsWith('[')
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : parseValue(type, value);
    }
    if (typeof value === 'number' && (type === 'int' || type === 'float')) {
      return parseValue(type, String(value));
    }
    if (Array.isArray(value) && type === 'list<string>') {
      return parseValue(type, JSON.stringify(value));
    }
  } catch (error) {
    throw new PatternParamError(patternId, name, (error as Error).message);
  }
  throw new PatternParamError(patternId, name, `expected ${type}, got ${typeof value}`);
}

/** A hit with its evidence as data and the numbers its `why` templates render. */
export interface FactHit extends Omit<PatternHit, 'evidence'> {
  evidence: EvidenceItem[];
  facts: Record<string, string | number>;
}

/**
 * Runs one pattern read-only with the server-side timeout of config/domain.json. Patterns
 * never write: the session is a read session, so a write would be refused by the server.
 */
export async function runPatternDetailed(
  executor: Executor,
  id: string,
  params: Record<string, unknown> = {},
): Promise<Omit<PatternRun, 'hits'> & { hits: FactHit[] }> {
  const pattern = getPattern(id);
  const resolved = resolveParams(pattern, params);
  const started = performance.now();
  const rows = await executor.run(pattern.text, resolved, {
    mode: 'read',
    timeoutMs: loadDomainConfig().detection.patternTimeoutMs,
    label: `pattern:${id}`,
  });
  const hits = rows.map((row, i) => toHit(id, row, i));
  return { patternId: id, params: resolved, hits, ms: performance.now() - started };
}

/** The Detection API's `runPattern`: hits in the contract's shape, evidence in Russian. */
export async function runPattern(
  executor: Executor,
  id: string,
  params: Record<string, unknown> = {},
): Promise<PatternRun> {
  const run = await runPatternDetailed(executor, id, params);
  const templates = getPattern(id).evidence;
  return {
    ...run,
    hits: run.hits.map(({ patternId, subject, score, evidence, members }) => ({
      patternId,
      subject,
      score,
      evidence: evidenceLines(templates, evidence, 'ru'),
      members,
    })),
  };
}

function toHit(patternId: string, row: Record<string, unknown>, index: number): FactHit {
  const { subject, score, evidence, members, facts } = row;
  const strings = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  const maps = (v: unknown): v is object[] =>
    Array.isArray(v) && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
  if (
    typeof subject !== 'string' ||
    typeof score !== 'number' ||
    !maps(evidence) ||
    !strings(members)
  ) {
    throw new PatternResultError(
      patternId,
      `row ${index + 1} lacks subject (string), score (number), evidence (list of maps) and members (string list)`,
    );
  }
  return {
    patternId,
    subject,
    score: Math.min(1, Math.max(0, score)),
    evidence: evidence.map(printable),
    members: [...new Set(members)],
    facts: facts && typeof facts === 'object' ? printable(facts) : {},
  };
}

/** The numbers and strings of a map (a null — an absent property — has nothing to print). */
function printable(map: object): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'number' || typeof v === 'string') values[k] = v;
  }
  return values;
}
