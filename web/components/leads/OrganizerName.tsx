import Link from 'next/link';
import type { Organizer } from '@/lib/api/types';
import { entityHref } from '@/lib/graph/refs';

/**
 * An organizer as a supervisor reads it: the name, with the ИИН/БИН beside it as the
 * identifier to check. Without a stated purpose the API gives no names, and the identifier
 * stands alone.
 */
export default function OrganizerName({
  organizer,
  fallbackName,
}: {
  organizer: Organizer;
  /** A name known from elsewhere on the page (the network view), used when the lead has none. */
  fallbackName?: string | undefined;
}) {
  const name = organizer.name ?? fallbackName;
  return (
    <span className="organizer-name">
      <Link href={entityHref(organizer.ref)}>{name ?? organizer.identifier}</Link>
      {name && <span className="muted small mono"> {organizer.identifier}</span>}
    </span>
  );
}
