import { cypherFile, type Executor } from '@arna/graph';

type KeyKind = 'person' | 'organization' | 'phone' | 'vehicle' | 'event' | 'party-phone';

/**
 * The keys already in the graph (loaded once at start, then kept up to date as batches are
 * prepared), so each batch sends only new entities and events. The Cypher still MERGEs,
 * so a stale set can cost speed, never correctness. Rebuilt from the database on every
 * start, which keeps a resumed load's decisions equal to an uninterrupted one's. Addresses are
 * not here: their keys are decided by the address identity index (identity-state.ts).
 */
export class KnownKeys {
  readonly #sets = new Map<KeyKind, Set<string>>();
  readonly #named = new Set<string>();
  readonly #registered = new Set<string>();

  #set(kind: KeyKind): Set<string> {
    let set = this.#sets.get(kind);
    if (!set) this.#sets.set(kind, (set = new Set()));
    return set;
  }

  static async load(executor: Executor): Promise<KnownKeys> {
    const known = new KnownKeys();
    const rows = await executor.run(cypherFile('etl/known-keys'), {}, { mode: 'read' });
    for (const row of rows) {
      const kind = row['kind'] as KeyKind;
      const key = String(row['key']);
      known.#set(kind).add(key);
      if (row['named'] === true) known.#named.add(`${kind}:${key}`);
      if (row['registered'] === true) known.#registered.add(`${kind}:${key}`);
    }
    return known;
  }

  /** Marks a key as written; true when it was new. */
  claim(kind: KeyKind, key: string): boolean {
    const set = this.#set(kind);
    if (set.has(key)) return false;
    set.add(key);
    return true;
  }

  /** A party referenced with a name: worth writing when unknown or known without a name. */
  claimNamed(kind: 'person' | 'organization', key: string, named: boolean): boolean {
    const isNew = this.claim(kind, key);
    const id = `${kind}:${key}`;
    if (!named || this.#named.has(id)) return isNew;
    this.#named.add(id);
    return true;
  }

  /** A register row for a party: only the first one counts. */
  claimRegistered(kind: 'person' | 'organization', key: string): boolean {
    this.claim(kind, key);
    const id = `${kind}:${key}`;
    if (this.#registered.has(id)) return false;
    this.#registered.add(id);
    this.#named.add(id);
    return true;
  }
}
