/** An address node as stored: its key and, for an РКА address, the texts it was given with. */
export interface StoredAddress {
  key: string;
  /** `Address.textKeys`: every normalised text seen with the РКА; null on a `txt:` address. */
  textKeys: string[] | null;
}

/** A row's address as the identity rule sees it. */
export interface AddressInput {
  rka: string | null;
  /**
   * The text part of a `txt:` key: the normalised text when it parses, otherwise the raw text
   * folded; null when the row gives no text.
   */
  text: string | null;
  /** The text parsed (a city or a street found): only such a text may match an РКА address. */
  parsed: boolean;
}

export interface AddressResolution {
  /** The key of the address node the row goes to. */
  key: string;
  /** The node is new: write it with this row's text. */
  created: boolean;
  /** A normalised text new to this РКА address (appended to its `textKeys`). */
  newTextKey: string | null;
  /** A `txt:` address to merge into `key`: its text has just become this РКА's alone. */
  mergeFrom: string | null;
}

const TEXT = 'txt:';

/**
 * In-memory identity index of addresses, the state of the rule of graph/MODEL.md ("Identity of
 * addresses"): an address with a РКА is keyed by it; a text-only address goes to the one РКА
 * address its normalised text was seen with, and stays a `txt:` address when there is none or
 * more than one. The loader resolves rows in drop order against it and writes what it decides;
 * it is rebuilt from the database on every start, so a resumed load decides as an
 * uninterrupted one.
 */
export class AddressIndex {
  /** Normalised text → the `rka:` keys given with it, in the order first seen. */
  readonly #rkaByText = new Map<string, string[]>();
  /** `rka:` key → its normalised texts. */
  readonly #textsByRka = new Map<string, Set<string>>();
  readonly #textOnly = new Set<string>();

  /** Adds an address node as stored in the database. */
  add(stored: StoredAddress): void {
    if (stored.textKeys === null) {
      this.#textOnly.add(stored.key);
      return;
    }
    this.#textsByRka.set(stored.key, new Set());
    for (const text of stored.textKeys) this.#addText(stored.key, text);
  }

  #addText(rkaKey: string, text: string): void {
    this.#textsByRka.get(rkaKey)!.add(text);
    this.#rkaByText.set(text, [...(this.#rkaByText.get(text) ?? []), rkaKey]);
  }

  /** The one РКА address given with this text, or null when none or several are. */
  #onlyRka(text: string): string | null {
    const keys = this.#rkaByText.get(text);
    return keys?.length === 1 ? keys[0]! : null;
  }

  /**
   * Applies the rule to one row's address and records the outcome: a row with a РКА goes to
   * its `rka:` address, which learns the row's text; when that text now belongs to exactly this
   * РКА and a `txt:` address holds it, that address is to be merged in. A text-only row goes to
   * the one РКА address of its text, otherwise to its `txt:` address.
   */
  resolve(input: AddressInput): AddressResolution {
    if (input.rka !== null) return this.#withRka(`rka:${input.rka}`, input);
    const single = input.parsed ? this.#onlyRka(input.text!) : null;
    if (single !== null) return { key: single, created: false, newTextKey: null, mergeFrom: null };
    const key = `${TEXT}${input.text!}`;
    const created = !this.#textOnly.has(key);
    this.#textOnly.add(key);
    return { key, created, newTextKey: null, mergeFrom: null };
  }

  #withRka(key: string, input: AddressInput): AddressResolution {
    const created = !this.#textsByRka.has(key);
    if (created) this.#textsByRka.set(key, new Set());
    const text = input.parsed ? input.text! : null;
    if (text === null || this.#textsByRka.get(key)!.has(text)) {
      return { key, created, newTextKey: null, mergeFrom: null };
    }
    this.#addText(key, text);
    const textOnly = `${TEXT}${text}`;
    const merge = this.#onlyRka(text) === key && this.#textOnly.delete(textOnly);
    return { key, created, newTextKey: text, mergeFrom: merge ? textOnly : null };
  }
}
