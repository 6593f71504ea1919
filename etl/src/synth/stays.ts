import { PERIOD, type Day } from './dates.js';
import { ARTICLE } from './articles.js';
import { CIS_COUNTRIES } from './countries.js';
import { crossBorder, type Carriers } from './journeys.js';
import type { Address } from './places.js';
import type { Foreigner, World } from './world.js';

/** Building blocks of a legitimate foreigner's stay, shared by the background and the decoys. */

/** Citizens of these need no invitation (Kazakhstan's visa-free regime, simplified). */
export const VISA_FREE = new Set<string>([
  ...CIS_COUNTRIES,
  'MNG',
  'KOR',
  'DEU',
  'USA',
  'TUR',
  'GEO',
]);

/** An arrival late enough that its invitation (weeks before) is inside the period too. */
export function arrivalDay(w: World, margin = 45): Day {
  return w.rng.int(PERIOD.start + 60, PERIOD.end - margin);
}

/** With probability `rate`, the foreigner gets a protocol (overstay or late registration). */
export function maybeOffend(
  w: World,
  f: Foreigner,
  after: Day,
  rate: number,
  address: Address | null,
): void {
  const rng = w.rng;
  if (!rng.chance(rate)) return;
  const on = Math.min(PERIOD.end, after + rng.int(1, 60));
  const work = rng.chance(0.3);
  w.violation({
    on,
    article: work ? ARTICLE.foreignerWork : ARTICLE.foreignerStay,
    role: 'foreigner',
    f,
    address,
    penalty: rng.weighted([
      ['fine', 6],
      ['warning', 3],
      ['expulsion', 1],
    ] as const),
    duty: rng.chance(0.4),
  });
}

/** A visit: entry, the caller's stay facts, exit (unless still in the country at the end). */
export function visit(
  w: World,
  c: Carriers,
  f: Foreigner,
  entry: Day,
  days: number,
  stay: (exit: Day) => void,
): Day {
  crossBorder(w, c, f, entry, 'entry');
  const exit = entry + days;
  stay(exit);
  if (exit <= PERIOD.end && !w.rng.chance(0.08)) crossBorder(w, c, f, exit, 'exit');
  return exit;
}
