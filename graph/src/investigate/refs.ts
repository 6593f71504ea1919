import { InvalidRefError } from './errors.js';

/**
 * Entity references of the contracts: `kind:key`, e.g. `person:850101300123`,
 * `foreigner:<id>`, `invitation:<record id>`, `network:<id>`. The kind table maps each kind to
 * its Neo4j label and key property (graph/MODEL.md); nothing else in this module knows labels.
 */
export const ENTITY_KINDS = {
  person: { label: 'Person', key: 'iin' },
  organization: { label: 'Organization', key: 'bin' },
  foreigner: { label: 'Foreigner', key: 'id' },
  document: { label: 'Document', key: 'key' },
  address: { label: 'Address', key: 'key' },
  phone: { label: 'Phone', key: 'e164' },
  vehicle: { label: 'Vehicle', key: 'plate' },
} as const;

export const EVENT_KINDS = {
  invitation: { label: 'Invitation', key: 'id' },
  registration: { label: 'Registration', key: 'id' },
  crossing: { label: 'Crossing', key: 'id' },
  trip: { label: 'Trip', key: 'id' },
  employment: { label: 'Employment', key: 'id' },
  petition: { label: 'Petition', key: 'id' },
  violation: { label: 'Violation', key: 'id' },
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;
export type EventKind = keyof typeof EVENT_KINDS;
export type NodeKind = EntityKind | EventKind;

const KINDS: Record<NodeKind, { label: string; key: string }> = { ...ENTITY_KINDS, ...EVENT_KINDS };
const KIND_BY_LABEL = new Map<string, NodeKind>(
  Object.entries(KINDS).map(([kind, { label }]) => [label, kind as NodeKind]),
);

export interface ParsedRef {
  ref: string;
  kind: NodeKind;
  key: string;
}

export function isEntityKind(kind: string): kind is EntityKind {
  return Object.hasOwn(ENTITY_KINDS, kind);
}

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENT_KINDS, kind);
}

/** Splits `kind:key` at the first colon (document and address keys contain colons). */
export function parseRef(ref: string): ParsedRef {
  const colon = ref.indexOf(':');
  if (colon <= 0) throw new InvalidRefError(ref, 'expected kind:key');
  const kind = ref.slice(0, colon);
  const key = ref.slice(colon + 1);
  if (!isEntityKind(kind) && !isEventKind(kind)) {
    throw new InvalidRefError(ref, `unknown kind "${kind}"`);
  }
  if (key.length === 0) throw new InvalidRefError(ref, 'empty key');
  return { ref, kind, key };
}

/** Like parseRef, but only entities (not events) are accepted. */
export function parseEntityRef(ref: string): ParsedRef & { kind: EntityKind } {
  const parsed = parseRef(ref);
  if (!isEntityKind(parsed.kind)) {
    throw new InvalidRefError(ref, `"${parsed.kind}" is an event, an entity is required here`);
  }
  return { ...parsed, kind: parsed.kind };
}

/** The kind of a node from its labels, or null for nodes outside the entity/event model. */
export function kindOfLabels(labels: readonly string[]): NodeKind | null {
  for (const label of labels) {
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  return null;
}

/** The reference of a node of a known kind. */
export function refOf(kind: NodeKind, properties: Record<string, unknown>): string {
  return `${kind}:${String(properties[KINDS[kind].key])}`;
}

export function labelOfKind(kind: NodeKind): string {
  return KINDS[kind].label;
}
