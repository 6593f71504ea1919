import type { Rng } from './rng.js';
import { isoDate, type Day } from './dates.js';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/**
 * Control digit of an ИИН/БИН from its first 11 digits (the contract's rule): weights 1..11
 * mod 11; if 10, weights 3..11,1,2 mod 11; if still 10 the prefix has no valid number (null).
 */
export function idControlDigit(first11: string): number | null {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (FIRST_WEIGHTS[i] ?? 0);
  const first = sum % 11;
  if (first !== 10) return first;
  sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (SECOND_WEIGHTS[i] ?? 0);
  const second = sum % 11;
  return second === 10 ? null : second;
}

/** The same 12 digits with a control digit that is wrong (for planted bad rows). */
export function withWrongControlDigit(id: string): string {
  const right = Number(id[11]);
  return id.slice(0, 11) + String((right + 3) % 10);
}

/**
 * Hands out unique ИИН and БИН. Serial numbers run per date prefix from a random offset, so
 * numbers look issued rather than counted, and prefixes whose control digit does not exist
 * are skipped, as the registry does.
 */
export class IdAllocator {
  private readonly serials = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  /** ИИН: YYMMDD, century-and-sex digit (3/4 → 1900s, 5/6 → 2000s; odd = male), serial, control. */
  iin(birth: Day, sex: 'M' | 'F'): string {
    const iso = isoDate(birth);
    const year = Number(iso.slice(0, 4));
    const centuryBase = year >= 2000 ? 5 : 3;
    const prefix =
      iso.slice(2, 4) +
      iso.slice(5, 7) +
      iso.slice(8, 10) +
      String(centuryBase + (sex === 'F' ? 1 : 0));
    return this.next(prefix, 4);
  }

  /** БИН: YYMM of registration, 4 (resident legal entity) or 5 (non-resident), 0 (head office), serial, control. */
  bin(registered: Day, nonResident = false): string {
    const iso = isoDate(registered);
    const prefix = iso.slice(2, 4) + iso.slice(5, 7) + (nonResident ? '5' : '4') + '0';
    return this.next(prefix, 5);
  }

  private next(prefix: string, serialDigits: number): string {
    const limit = 10 ** serialDigits;
    let serial = this.serials.get(prefix) ?? this.rng.int(1, Math.floor(limit / 8));
    for (;;) {
      if (serial >= limit)
        throw new RangeError(`synth: identifier serials exhausted for ${prefix}`);
      const first11 = prefix + String(serial).padStart(serialDigits, '0');
      serial += this.rng.int(1, 5);
      const control = idControlDigit(first11);
      if (control !== null) {
        this.serials.set(prefix, serial);
        return first11 + String(control);
      }
    }
  }
}

/**
 * Unique pseudo-random numbers of `digits` digits from a counter: an affine bijection modulo
 * 10^digits (multiplier coprime to 10), so no set of used numbers has to be kept.
 */
export class UniqueDigits {
  private counter = 0n;
  private readonly modulus: bigint;
  private readonly multiplier: bigint;
  private readonly offset: bigint;

  constructor(
    rng: Rng,
    private readonly digits: number,
  ) {
    this.modulus = 10n ** BigInt(digits);
    // A random multiplier of the modulus' size, made coprime to 10 (odd, not a multiple of 5),
    // spreads consecutive counters over the whole range.
    let multiplier = this.randomBelow(rng) | 1n;
    if (multiplier % 5n === 0n) multiplier += 2n;
    this.multiplier = multiplier % this.modulus;
    this.offset = this.randomBelow(rng);
  }

  private randomBelow(rng: Rng): bigint {
    let n = 0n;
    for (let i = 0; i < this.digits; i += 4) n = n * 10_000n + BigInt(rng.int(0, 9999));
    return n % this.modulus;
  }

  next(): string {
    if (this.counter >= this.modulus) throw new RangeError('synth: unique numbers exhausted');
    const n = (this.counter * this.multiplier + this.offset) % this.modulus;
    this.counter++;
    return n.toString().padStart(this.digits, '0');
  }
}
