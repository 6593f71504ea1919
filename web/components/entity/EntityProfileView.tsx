'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { entityProfile, expand } from '@/lib/api/investigate';
import type { EntitySummary } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import { entityHref, keyOfRef } from '@/lib/graph/refs';
import { kindColor } from '@/lib/graph/style';
import NetworkExplorer from '@/components/network/NetworkExplorer';
import { useDomainLabels } from '@/components/ui/labels';
import ErrorNote from '@/components/ui/ErrorNote';
import { ScoreBar, SourceRef } from '@/components/ui/format';
import EventLine from './EventLine';
import { readableLabel } from '@/lib/display/subtitle';

/** A linked entity by name, its country codes named (`countries`), the codes in tooltips. */
function EntityLink({
  entity,
  countries,
}: {
  entity: EntitySummary;
  countries: ReadonlyMap<string, string>;
}) {
  const labels = useDomainLabels();
  const label = readableLabel(entity, countries);
  return (
    <>
      <Link href={entityHref(entity.ref)} title={label !== entity.label ? entity.label : undefined}>
        {label}
      </Link>
      {entity.subtitle && (
        <span className="muted small" title={entity.subtitle}>
          {' '}
          · {labels.subtitle(entity.subtitle, countries)}
        </span>
      )}
    </>
  );
}

/** Identity with all spellings and documents, merges and conflicts explained, timeline, networks. */
export default function EntityProfileView({ entityRef }: { entityRef: string }) {
  const t = useTranslations('entity');
  const tKind = useTranslations('kinds');
  const labels = useDomainLabels();
  const locale = useLocale() as Locale;
  const profile = useApi(() => entityProfile(entityRef, locale, 500), [entityRef, locale]);
  const neighbourhood = useApi(() => expand([entityRef], { limit: 150 }), [entityRef]);

  if (profile.error) return <ErrorNote error={profile.error} />;
  if (!profile.data) return <div className="muted page">{t('loading')}</div>;
  const data = profile.data;

  return (
    <section className="page entity">
      <div className="page-header">
        <span className="kind-tag" style={{ background: kindColor[data.kind] }}>
          {tKind(data.kind)}
        </span>
        <h1>{readableLabel(data, data.countries)}</h1>
        <span className="muted mono" title={data.subtitle}>
          {data.subtitle ? labels.subtitle(data.subtitle, data.countries) : keyOfRef(data.ref)}
        </span>
      </div>
      <div className="entity-grid">
        <section className="card">
          <h3>{t('identity')}</h3>
          <dl className="facts">
            {data.properties.map((fact) => (
              <div className="fact" key={fact.label}>
                <dt>{labels.property(fact.label, data.kind)}</dt>
                <dd title={fact.code}>{labels.value(fact.label, fact.value)}</dd>
              </div>
            ))}
            {data.source && (
              <div className="fact">
                <dt>{t('source')}</dt>
                <dd>
                  <SourceRef source={data.source} />
                </dd>
              </div>
            )}
          </dl>
          {data.names.length > 0 && (
            <>
              <h4>{t('spellings')}</h4>
              <div className="badges">
                {data.names.map((name) => (
                  <span key={name} className="badge plain">
                    {name}
                  </span>
                ))}
              </div>
            </>
          )}
          {data.documents.length > 0 && (
            <>
              <h4>{t('documents')}</h4>
              <ul className="plain-list">
                {data.documents.map((doc) => (
                  <li key={doc.ref}>
                    <EntityLink entity={doc} countries={data.countries} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.holders.length > 0 && (
            <>
              <h4>{t('holders')}</h4>
              <ul className="plain-list">
                {data.holders.map((holder) => (
                  <li key={holder.ref}>
                    <EntityLink entity={holder} countries={data.countries} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.links.length > 0 && (
            <>
              <h4>{t('links')}</h4>
              <ul className="plain-list">
                {data.links.map((link) => (
                  <li key={`${link.type}-${link.other.ref}`}>
                    <span className="muted">{labels.link(link.type)}</span>{' '}
                    <EntityLink entity={link.other} countries={data.countries} />{' '}
                    <SourceRef source={link.source} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card">
          <h3>{t('merges')}</h3>
          {data.merges.length === 0 && <p className="muted small">{t('noMerges')}</p>}
          <ul className="plain-list">
            {data.merges.map((merge, index) => (
              <li key={index}>
                {t('mergeLine', {
                  variant: merge.variant ?? '—',
                  rule: labels.mergeRule(merge.rule),
                  matchedOn: merge.matchedOn.map(labels.mergeField).join(', '),
                })}{' '}
                <SourceRef source={merge.source} />
              </li>
            ))}
          </ul>
          <h3>{t('conflicts')}</h3>
          {data.conflicts.length === 0 && <p className="muted small">{t('noConflicts')}</p>}
          <ul className="plain-list">
            {data.conflicts.map((conflict, index) => (
              <li key={index} className="conflict">
                {t('conflictLine', {
                  document: conflict.document
                    ? readableLabel(conflict.document, data.countries)
                    : '—',
                  reason: labels.conflictReason(conflict.reason),
                })}{' '}
                {conflict.foreigners.map((foreigner, position) => (
                  <span key={foreigner.ref}>
                    {position > 0 && ', '}
                    <EntityLink entity={foreigner} countries={data.countries} />
                  </span>
                ))}{' '}
                <SourceRef source={conflict.source} />
              </li>
            ))}
          </ul>
          <h3>{t('networks')}</h3>
          {data.networks.length === 0 && <p className="muted small">{t('noNetworks')}</p>}
          <ul className="plain-list">
            {data.networks.map((network) => (
              <li key={network.id}>
                <Link href={`/leads/${encodeURIComponent(network.id)}`}>
                  {t('networkLine', { rank: network.rank ?? '?' })}
                </Link>{' '}
                {network.score !== undefined && <ScoreBar score={network.score} />}{' '}
                <span className="muted">
                  {network.organizerRank
                    ? t('organizerRank', { rank: network.organizerRank })
                    : network.role && labels.role(network.role)}
                </span>
                {network.why.length > 0 && (
                  <div className="muted small">{network.why.join('; ')}</div>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card">
        <h3>
          {t('timeline')}{' '}
          <span className="muted small">
            ({data.timeline.length} / {data.timelineTotal})
          </span>
        </h3>
        <div className="timeline">
          {data.timeline.map((event) => (
            <EventLine key={event.ref} event={event} self={data.ref} countries={data.countries} />
          ))}
          {data.timeline.length === 0 && <p className="muted">{t('noEvents')}</p>}
        </div>
      </section>
      <section className="card">
        <h3>{t('neighbourhood')}</h3>
        {neighbourhood.error && <ErrorNote error={neighbourhood.error} />}
        {neighbourhood.data && <NetworkExplorer key={entityRef} initial={neighbourhood.data} />}
      </section>
    </section>
  );
}
