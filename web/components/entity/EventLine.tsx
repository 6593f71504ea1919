'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Fact, TimelineEvent } from '@/lib/api/types';
import { formatRecordDate } from '@/lib/dates/record-date';
import { entityHref } from '@/lib/graph/refs';
import { SourceRef } from '@/components/ui/format';
import { useDomainLabels } from '@/components/ui/labels';
import { leadingDetails } from '@/lib/display/event-details';
import { inReadingOrder } from '@/lib/display/participants';
import { NO_COUNTRIES, readableLabel } from '@/lib/display/subtitle';

const eventKinds = [
  'invitation',
  'registration',
  'crossing',
  'trip',
  'employment',
  'petition',
  'violation',
];

/**
 * One record of the drop: date, kind, who took part in which role, the fields an investigator
 * reads first (all of them in the tooltip), its source.
 */
export default function EventLine({
  event,
  self,
  compact = false,
  countries = NO_COUNTRIES,
}: {
  event: TimelineEvent;
  self?: string;
  compact?: boolean;
  /** Names of country codes (a document's label), as a profile has them. */
  countries?: ReadonlyMap<string, string>;
}) {
  const t = useTranslations('events');
  const labels = useDomainLabels();
  const locale = useLocale();
  const text = (details: readonly Fact[]) =>
    details
      .map(
        (detail) => `${labels.property(detail.label)}: ${labels.value(detail.label, detail.value)}`,
      )
      .join('; ');
  const others = inReadingOrder(event.participants).filter(
    (participant) => participant.ref !== self,
  );
  return (
    <div className="event-line">
      <span className="mono nowrap">
        {event.date ? (formatRecordDate(event.date, locale) ?? event.date) : '—'}
      </span>{' '}
      <span className="badge plain">
        {eventKinds.includes(event.kind) ? t(event.kind) : event.kind}
      </span>{' '}
      {others.slice(0, compact ? 3 : 8).map((participant, index) => (
        <span key={`${participant.ref}-${participant.role}`}>
          {index > 0 && ', '}
          <span className="muted">{labels.role(participant.role)}</span>{' '}
          <Link href={entityHref(participant.ref)}>{readableLabel(participant, countries)}</Link>
        </span>
      ))}
      {!compact && event.details.length > 0 && (
        <span className="muted small" title={text(event.details)}>
          {' · '}
          {text(leadingDetails(event.kind, event.details))}
        </span>
      )}{' '}
      <SourceRef source={event.source} />
    </div>
  );
}
