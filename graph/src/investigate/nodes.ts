import { ENTITY_KINDS, kindOfLabels, refOf, type EntityKind, type NodeKind } from './refs.js';

/** A node as the executor returns it. */
export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** Where a fact came from: the drop's file, its 1-based line (header = 1), and the load. */
export interface SourceRef {
  file: string | null;
  line: number | null;
  loadId: string | null;
}

/** What a list, a graph node or a fact participant shows of a node. */
export interface NodeSummary {
  ref: string;
  kind: NodeKind;
  /** Display name: a person's or firm's name, a foreigner's Latin name, an address text… */
  label: string;
  /** Identifying detail next to the name (ИИН, birth date, citizenship, date of an event). */
  subtitle: string | null;
}

/** Properties that are bookkeeping, not facts: never shown as an entity's or event's data. */
const INTERNAL_PROPERTIES = new Set(['searchText', 'nameKey', 'srcFile', 'srcLine', 'loadId']);

export function isModelNode(value: unknown): value is PlainNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'labels' in value &&
    Array.isArray(value.labels) &&
    kindOfLabels(value.labels as string[]) !== null
  );
}

export function kindOf(node: PlainNode): NodeKind {
  const kind = kindOfLabels(node.labels);
  if (!kind)
    throw new TypeError(`node ${node.elementId} (${node.labels.join(':')}) is not in the model`);
  return kind;
}

export function refOfNode(node: PlainNode): string {
  return refOf(kindOf(node), node.properties);
}

export function sourceOf(properties: Record<string, unknown>): SourceRef {
  return {
    file: str(properties['srcFile']),
    line: typeof properties['srcLine'] === 'number' ? properties['srcLine'] : null,
    loadId: str(properties['loadId']),
  };
}

/** The node's own data without bookkeeping properties (and without `omit`, shown elsewhere). */
export function publicProperties(
  properties: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(
      ([name]) => !INTERNAL_PROPERTIES.has(name) && !omit.includes(name),
    ),
  );
}

export function summarize(node: PlainNode): NodeSummary {
  const kind = kindOf(node);
  const p = node.properties;
  return { ref: refOf(kind, p), kind, label: labelOf(kind, p), subtitle: subtitleOf(kind, p) };
}

/**
 * The properties `summarize` reads of each entity kind (its key, label and subtitle): a query
 * that only lists entities can send these and nothing else. Keep in step with `labelOf` and
 * `subtitleOf` (nodes.test.ts checks it).
 */
export const SUMMARY_PROPERTIES: Record<EntityKind, readonly string[]> = {
  person: ['iin', 'name', 'lastName', 'firstName', 'middleName', 'birthDate'],
  organization: ['bin', 'name', 'activity'],
  foreigner: [
    'id',
    'lastNameLat',
    'firstNameLat',
    'lastName',
    'firstName',
    'middleName',
    'citizenship',
    'birthDate',
  ],
  document: ['key', 'country', 'number'],
  address: ['key', 'text', 'rka', 'city'],
  phone: ['e164'],
  vehicle: ['plate'],
};

/** `SUMMARY_PROPERTIES` by Neo4j label, as a query parameter. */
export function summaryKeysByLabel(): Record<string, readonly string[]> {
  return Object.fromEntries(
    (Object.keys(SUMMARY_PROPERTIES) as EntityKind[]).map((kind) => [
      ENTITY_KINDS[kind].label,
      SUMMARY_PROPERTIES[kind],
    ]),
  );
}

/** The summary of an entity sent as its label and the values of its `SUMMARY_PROPERTIES`. */
export function summarizeValues(label: string, values: readonly unknown[]): NodeSummary {
  const kind = kindOfLabels([label]);
  if (!kind || !Object.hasOwn(SUMMARY_PROPERTIES, kind)) {
    throw new TypeError(`"${label}" is not an entity label`);
  }
  const keys = SUMMARY_PROPERTIES[kind as EntityKind];
  const properties: Record<string, unknown> = {};
  keys.forEach((key, i) => (properties[key] = values[i] ?? null));
  return summarize({ elementId: '', labels: [label], properties });
}

function labelOf(kind: NodeKind, p: Record<string, unknown>): string {
  switch (kind) {
    case 'person':
      return (
        str(p['name']) ?? spaced(p['lastName'], p['firstName'], p['middleName']) ?? String(p['iin'])
      );
    case 'organization':
      return str(p['name']) ?? String(p['bin']);
    case 'foreigner':
      return (
        spaced(p['lastNameLat'], p['firstNameLat']) ??
        spaced(p['lastName'], p['firstName'], p['middleName']) ??
        String(p['id'])
      );
    case 'document':
      return spaced(p['country'], p['number']) ?? String(p['key']);
    case 'address':
      return str(p['text']) ?? String(p['key']);
    case 'phone':
      return String(p['e164']);
    case 'vehicle':
      return String(p['plate']);
    default:
      return String(p['id']);
  }
}

function subtitleOf(kind: NodeKind, p: Record<string, unknown>): string | null {
  switch (kind) {
    case 'person':
      return dotted(p['iin'], p['birthDate']);
    case 'organization':
      return dotted(p['bin'], p['activity']);
    case 'foreigner':
      return dotted(p['citizenship'], p['birthDate'], spaced(p['lastName'], p['firstName']));
    case 'address':
      return str(p['rka']) ?? str(p['city']);
    case 'document':
    case 'phone':
    case 'vehicle':
      return null;
    default:
      return str(p['date']);
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A full name from its parts, or null when all are empty. */
function spaced(...values: unknown[]): string | null {
  return joinPresent(values, ' ');
}

/** Identifying details side by side, or null when all are empty. */
function dotted(...values: unknown[]): string | null {
  return joinPresent(values, ' · ');
}

function joinPresent(values: unknown[], separator: string): string | null {
  const parts = values.map((v) => (v === null || v === undefined ? '' : String(v).trim()));
  const text = parts.filter((v) => v.length > 0).join(separator);
  return text.length > 0 ? text : null;
}
