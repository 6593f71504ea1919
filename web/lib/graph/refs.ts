import type { EntityKind } from '@/lib/api/types';

const eventKinds = new Set([
  'invitation',
  'registration',
  'crossing',
  'trip',
  'employment',
  'petition',
  'violation',
]);

const ENTITY_REF = /^(person|organization|foreigner|document|address|phone|vehicle):\S+$/;

/** Whether `value` is a whole entity reference (`person:850101300123`), as a query may return one. */
export function isEntityRef(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_REF.test(value);
}

/** The kind part of an entity reference `kind:key`; event kinds fold into `event`. */
export function kindOfRef(ref: string): EntityKind {
  const kind = ref.slice(0, ref.indexOf(':'));
  if (eventKinds.has(kind)) return 'event';
  if (kind === 'organisation') return 'organization';
  switch (kind) {
    case 'person':
    case 'organization':
    case 'foreigner':
    case 'address':
    case 'phone':
    case 'vehicle':
    case 'document':
      return kind;
    default:
      return 'event';
  }
}

export function keyOfRef(ref: string): string {
  return ref.slice(ref.indexOf(':') + 1);
}

/**
 * What a subtitle says beyond the entity's key, for a row that shows the key in a column of
 * its own: a person's subtitle `850101300123 · 1985-01-01` adds only the birth date.
 */
export function detailBeyondKey(ref: string, subtitle: string | null | undefined): string {
  const key = keyOfRef(ref);
  const parts = (subtitle ?? '').split(' · ').filter((part) => part !== key);
  return parts.join(' · ');
}

/** Route of an entity's profile; the ref is one path segment. */
export function entityHref(ref: string): string {
  return `/entity/${encodeURIComponent(ref)}`;
}
