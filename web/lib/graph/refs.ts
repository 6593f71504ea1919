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

/** Route of an entity's profile; the ref is one path segment. */
export function entityHref(ref: string): string {
  return `/entity/${encodeURIComponent(ref)}`;
}
