import { describe, expect, it } from 'vitest';
import { AddressIndex, type AddressInput } from './address-index.js';

const TEXT = 'taraz, pr dostik, 69, 224';
const withRka = (rka: string, text: string | null = TEXT): AddressInput => ({
  rka,
  text,
  parsed: text !== null,
});
const textOnly = (text = TEXT, parsed = true): AddressInput => ({ rka: null, text, parsed });
const unchanged = { created: false, newTextKey: null, mergeFrom: null };

describe('AddressIndex', () => {
  it('sends a text-only row to the one РКА address its text was seen with', () => {
    const index = new AddressIndex();
    expect(index.resolve(withRka('1'))).toEqual({
      key: 'rka:1',
      created: true,
      newTextKey: TEXT,
      mergeFrom: null,
    });
    expect(index.resolve(textOnly())).toEqual({ key: 'rka:1', ...unchanged });
    expect(index.resolve(withRka('1'))).toEqual({ key: 'rka:1', ...unchanged });
  });

  it('keeps a text seen with two РКА as a text-only address (never guesses)', () => {
    const index = new AddressIndex();
    index.resolve(withRka('1'));
    expect(index.resolve(withRka('2'))).toEqual({
      key: 'rka:2',
      created: true,
      newTextKey: TEXT,
      mergeFrom: null,
    });
    expect(index.resolve(textOnly())).toEqual({
      key: `txt:${TEXT}`,
      created: true,
      newTextKey: null,
      mergeFrom: null,
    });
    expect(index.resolve(textOnly())).toEqual({ key: `txt:${TEXT}`, ...unchanged });
  });

  it('merges a text-only address into the РКА address that arrives later with its text', () => {
    const index = new AddressIndex();
    expect(index.resolve(textOnly())).toMatchObject({ key: `txt:${TEXT}`, created: true });
    expect(index.resolve(withRka('1'))).toEqual({
      key: 'rka:1',
      created: true,
      newTextKey: TEXT,
      mergeFrom: `txt:${TEXT}`,
    });
    expect(index.resolve(textOnly())).toEqual({ key: 'rka:1', ...unchanged });
    // A second РКА with the text makes it ambiguous from here on; nothing is merged again.
    expect(index.resolve(withRka('2'))).toMatchObject({ key: 'rka:2', mergeFrom: null });
    expect(index.resolve(textOnly())).toMatchObject({ key: `txt:${TEXT}`, created: true });
  });

  it('learns every text of an РКА address, once', () => {
    const index = new AddressIndex();
    index.resolve(withRka('1'));
    const other = 'taraz, pr dostik 69, 224, ';
    expect(index.resolve(withRka('1', other))).toEqual({
      key: 'rka:1',
      created: false,
      newTextKey: other,
      mergeFrom: null,
    });
    expect(index.resolve(withRka('1', other)).newTextKey).toBeNull();
    expect(index.resolve(textOnly(other)).key).toBe('rka:1');
  });

  it('matches only texts that parse, and an РКА without text matches nothing', () => {
    const index = new AddressIndex();
    expect(index.resolve(withRka('1', null))).toMatchObject({ created: true, newTextKey: null });
    index.resolve({ rka: '2', text: 'somewhere', parsed: false });
    expect(index.resolve(textOnly('somewhere', false))).toMatchObject({
      key: 'txt:somewhere',
      created: true,
    });
  });

  it('rebuilt from stored addresses, decides as the index that wrote them', () => {
    const index = new AddressIndex();
    index.add({ key: 'rka:1', textKeys: [TEXT] });
    index.add({ key: 'rka:2', textKeys: ['astan, ul ab, 1, 2'] });
    index.add({ key: 'rka:3', textKeys: ['astan, ul ab, 1, 2'] });
    index.add({ key: 'txt:almat, ul ab, 10, 5', textKeys: null });
    expect(index.resolve(textOnly()).key).toBe('rka:1');
    expect(index.resolve(textOnly('astan, ul ab, 1, 2')).key).toBe('txt:astan, ul ab, 1, 2');
    expect(index.resolve(textOnly('almat, ul ab, 10, 5'))).toEqual({
      key: 'txt:almat, ul ab, 10, 5',
      ...unchanged,
    });
    expect(index.resolve(withRka('4', 'almat, ul ab, 10, 5'))).toMatchObject({
      created: true,
      mergeFrom: 'txt:almat, ul ab, 10, 5',
    });
  });
});
