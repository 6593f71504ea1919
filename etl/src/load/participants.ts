import type { KindRow } from './batch.js';

/**
 * Where an event row's participant key goes: the list of the batch's distinct keys of that
 * entity (a parameter of the `event-*` statements) and the row field that holds its position.
 */
const REFERENCES = [
  { key: 'foreignerId', list: 'foreigners', at: 'foreigner' },
  { key: 'documentKey', list: 'documents', at: 'document' },
  { key: 'partyIin', list: 'persons', at: 'partyPerson' },
  { key: 'driverIin', list: 'persons', at: 'driver' },
  { key: 'partyBin', list: 'organizations', at: 'partyOrganization' },
  { key: 'addressKey', list: 'addresses', at: 'address' },
  { key: 'plate', list: 'vehicles', at: 'vehicle' },
] as const;

export type ParticipantList = (typeof REFERENCES)[number]['list'];

export interface EventParams extends Record<ParticipantList, string[]> {
  rows: KindRow[];
}

/**
 * The parameters of an `event-*` statement: each distinct participant key of the batch once,
 * and every row with positions in those lists instead of keys. The statement looks each
 * entity up once per batch rather than once per row (the unique-index seek on a string key
 * was the largest per-row cost of the event statements; carriers, employers, addresses and
 * vehicles repeat within a batch). A missing key is `null`, as before.
 */
export function eventParams(rows: readonly KindRow[]): EventParams {
  const positions = new Map<ParticipantList, Map<string, number>>();
  const lists = {} as Record<ParticipantList, string[]>;
  for (const { list } of REFERENCES) {
    positions.set(list, new Map());
    lists[list] = [];
  }
  const positionOf = (list: ParticipantList, key: unknown): number | null => {
    if (typeof key !== 'string') return null;
    const known = positions.get(list)!;
    let at = known.get(key);
    if (at === undefined) {
      at = lists[list].length;
      known.set(key, at);
      lists[list].push(key);
    }
    return at;
  };
  const indexed = rows.map((row) => {
    const out: KindRow = { ...row };
    for (const { key, list, at } of REFERENCES) {
      out[at] = positionOf(list, row[key]);
      delete out[key];
    }
    return out;
  });
  return { rows: indexed, ...lists };
}
