import { withinOneEdit } from './edit-distance.js';

/** What the index knows of one foreigner (mirrors the `Foreigner` node and its `HOLDS`). */
export interface ForeignerState {
  id: string;
  nameKey: string;
  birthDate: string;
  citizenship: string;
  /** Every spelling seen (`Foreigner.names`). */
  names: Set<string>;
  documents: Set<string>;
}

/** A row's foreigner as the identity rules see it. */
export interface IdentityInput {
  documentKey: string;
  nameKey: string;
  birthDate: string;
  citizenship: string;
  /** The spellings this row gives (Latin, and Cyrillic when present). */
  spellings: string[];
}

export type MergeRule = 'same-document' | 'reissued-document';

export interface Resolution {
  foreignerId: string;
  /** A new foreigner was created for this row. */
  created: boolean;
  /** The row's document is new to the foreigner (a `HOLDS` to write). */
  newDocument: boolean;
  /** Spellings new to the foreigner (appended to `names`). */
  newSpellings: string[];
  /** Set when the row was merged into an existing foreigner under another spelling or document. */
  merge: { rule: MergeRule; matchedOn: string[]; variant: string } | null;
  /** Set when the document was already held by someone else (forged or shared document). */
  conflict: { reason: string; holders: string[] } | null;
}

/** Names closer than one edit count as the same name only when long enough to be distinctive. */
const FUZZY_MIN_LENGTH = 8;

function sameName(a: string, b: string): { matched: boolean; exact: boolean } {
  if (a === b) return { matched: true, exact: true };
  const fuzzy = Math.min(a.length, b.length) >= FUZZY_MIN_LENGTH && withinOneEdit(a, b);
  return { matched: fuzzy, exact: false };
}

/**
 * In-memory identity index of foreigners, the state of the rules of graph/MODEL.md
 * ("Identity of foreigners"). The loader resolves rows in drop order against it and writes
 * what it decides; on start (and on resume) it is rebuilt from the database, so the
 * decisions of a resumed load equal those of an uninterrupted one.
 */
export class ForeignerIndex {
  readonly #byId = new Map<string, ForeignerState>();
  readonly #byDocument = new Map<string, string[]>();
  readonly #byPerson = new Map<string, string[]>();

  get size(): number {
    return this.#byId.size;
  }

  /** The spellings of a foreigner in the order first seen. */
  names(id: string): string[] {
    return [...(this.#byId.get(id)?.names ?? [])];
  }

  /** Adds a foreigner as stored in the database. */
  add(state: ForeignerState): void {
    this.#byId.set(state.id, state);
    for (const doc of state.documents) this.#hold(doc, state.id);
    const person = personKey(state);
    this.#byPerson.set(person, [...(this.#byPerson.get(person) ?? []), state.id].sort());
  }

  #hold(documentKey: string, id: string): void {
    const holders = this.#byDocument.get(documentKey) ?? [];
    if (!holders.includes(id)) this.#byDocument.set(documentKey, [...holders, id].sort());
  }

  /**
   * Applies the identity rules to one row and records the outcome in the index:
   * 1. a holder of the document with the same birth date and name → that foreigner;
   * 2. else a foreigner with the same name key, birth date and citizenship → that foreigner
   *    with one more document (reissue);
   * 3. else a new foreigner; a document that already had a holder becomes a conflict.
   */
  resolve(input: IdentityInput): Resolution {
    const holders = this.#byDocument.get(input.documentKey) ?? [];
    for (const id of holders) {
      const holder = this.#byId.get(id)!;
      if (holder.birthDate !== input.birthDate) continue;
      const name = sameName(holder.nameKey, input.nameKey);
      if (!name.matched) continue;
      return this.#into(holder, input, 'same-document', [
        'document',
        'birthDate',
        name.exact ? 'nameKey' : 'nameKey±1',
      ]);
    }
    const candidates = this.#byPerson.get(personKey(input)) ?? [];
    const reissue = candidates.find((id) => !holders.includes(id));
    const conflict =
      holders.length > 0
        ? {
            reason: conflictReason(
              holders.map((h) => this.#byId.get(h)!),
              input,
            ),
            holders,
          }
        : null;
    if (reissue !== undefined) {
      const resolution = this.#into(this.#byId.get(reissue)!, input, 'reissued-document', [
        'nameKey',
        'birthDate',
        'citizenship',
      ]);
      return { ...resolution, conflict };
    }
    const id = this.#freshId(input.documentKey);
    this.add({
      id,
      nameKey: input.nameKey,
      birthDate: input.birthDate,
      citizenship: input.citizenship,
      names: new Set(input.spellings),
      documents: new Set([input.documentKey]),
    });
    return {
      foreignerId: id,
      created: true,
      newDocument: true,
      newSpellings: [...new Set(input.spellings)],
      merge: null,
      conflict,
    };
  }

  #into(
    foreigner: ForeignerState,
    input: IdentityInput,
    rule: MergeRule,
    matchedOn: string[],
  ): Resolution {
    const newDocument = !foreigner.documents.has(input.documentKey);
    const newSpellings = [...new Set(input.spellings.filter((s) => !foreigner.names.has(s)))];
    for (const s of newSpellings) foreigner.names.add(s);
    if (newDocument) {
      foreigner.documents.add(input.documentKey);
      this.#hold(input.documentKey, foreigner.id);
    }
    const merged = newDocument || newSpellings.length > 0;
    return {
      foreignerId: foreigner.id,
      created: false,
      newDocument,
      newSpellings,
      merge: merged
        ? { rule, matchedOn, variant: newSpellings.join(' / ') || input.documentKey }
        : null,
      conflict: null,
    };
  }

  /** The document key for the first holder; `key~2`, `key~3` … for later, different holders. */
  #freshId(documentKey: string): string {
    if (!this.#byId.has(documentKey)) return documentKey;
    let n = 2;
    while (this.#byId.has(`${documentKey}~${n}`)) n++;
    return `${documentKey}~${n}`;
  }
}

function personKey(p: { nameKey: string; birthDate: string; citizenship: string }): string {
  return `${p.nameKey}|${p.birthDate}|${p.citizenship}`;
}

function conflictReason(holders: ForeignerState[], input: IdentityInput): string {
  const sameBirth = holders.some((h) => h.birthDate === input.birthDate);
  const nameMatches = holders.some((h) => sameName(h.nameKey, input.nameKey).matched);
  if (nameMatches && !sameBirth) return 'different-birth-date';
  if (sameBirth && !nameMatches) return 'different-name';
  return 'different-name-and-birth-date';
}
