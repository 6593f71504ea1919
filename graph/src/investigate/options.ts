import { InvalidArgumentError } from './errors.js';
import {
  ENTITY_KINDS,
  EVENT_KINDS,
  isEntityKind,
  isEventKind,
  type EntityKind,
  type EventKind,
} from './refs.js';

/** Shared checks of the options of the investigation functions; each names the bad option. */

export function limitWithin(
  field: string,
  value: number | undefined,
  fallback: number,
  max: number,
): number {
  const limit = value ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new InvalidArgumentError(field, `must be an integer from 1 to ${max}, got ${limit}`);
  }
  return limit;
}

/** Entity labels for a kinds filter, or null when no filter is asked. */
export function entityKinds(
  field: string,
  kinds: readonly string[] | undefined,
): EntityKind[] | null {
  if (kinds === undefined || kinds.length === 0) return null;
  for (const kind of kinds) {
    if (!isEntityKind(kind)) {
      throw new InvalidArgumentError(
        field,
        `unknown entity kind "${kind}" (known: ${Object.keys(ENTITY_KINDS).join(', ')})`,
      );
    }
  }
  return kinds as EntityKind[];
}

export function eventKinds(
  field: string,
  kinds: readonly string[] | undefined,
): EventKind[] | null {
  if (kinds === undefined || kinds.length === 0) return null;
  for (const kind of kinds) {
    if (!isEventKind(kind)) {
      throw new InvalidArgumentError(
        field,
        `unknown event kind "${kind}" (known: ${Object.keys(EVENT_KINDS).join(', ')})`,
      );
    }
  }
  return kinds as EventKind[];
}

/** An inclusive time window of ISO dates (`YYYY-MM-DD`); either end may be open. */
export interface DateWindow {
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export function dateWindow(window: DateWindow): { from: string | null; to: string | null } {
  const from = isoDate('from', window.from);
  const to = isoDate('to', window.to);
  if (from !== null && to !== null && from > to) {
    throw new InvalidArgumentError('from', `the window starts (${from}) after it ends (${to})`);
  }
  return { from, to };
}

function isoDate(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(field, `expected a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
