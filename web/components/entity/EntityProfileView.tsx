'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { entityProfile, expand } from '@/lib/api/investigate';
import { useApi } from '@/lib/api/use-api';
import { entityHref, keyOfRef } from '@/lib/graph/refs';
import { kindColor } from '@/lib/graph/style';
import NetworkExplorer from '@/components/network/NetworkExplorer';
import ErrorNote from '@/components/ui/ErrorNote';
import { ScoreBar, SourceRef } from '@/components/ui/format';

/** Identity with all spellings and documents, merges and conflicts explained, timeline, networks. */
export default function EntityProfileView({ entityRef }: { entityRef: string }) {
  const t = useTranslations('entity');
  const tKind = useTranslations('kinds');
  const profile = useApi(() => entityProfile(entityRef), [entityRef]);
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
        <h1>{data.label}</h1>
        <span className="muted mono">{keyOfRef(data.ref)}</span>
      </div>
      <div className="entity-grid">
        <section className="card">
          <h3>{t('identity')}</h3>
          <dl className="facts">
            {data.facts.map((fact, index) => (
              <div className="fact" key={`${fact.label}-${index}`}>
                <dt>{fact.label}</dt>
                <dd>
                  {fact.value} <SourceRef source={fact.source} />
                </dd>
              </div>
            ))}
          </dl>
          {data.spellings.length > 0 && (
            <>
              <h4>{t('spellings')}</h4>
              <div className="badges">
                {data.spellings.map((spelling) => (
                  <span key={spelling} className="badge plain">
                    {spelling}
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
                    <span className="mono">{doc.label}</span> <SourceRef source={doc.source} />
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
                  variant: merge.variant,
                  rule: merge.rule,
                  matchedOn: merge.matchedOn,
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
                {t('conflictLine', { document: conflict.document, reason: conflict.reason })}{' '}
                <Link href={entityHref(conflict.other)}>{conflict.other}</Link>{' '}
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
                  {t('networkLine', { rank: network.rank })}
                </Link>{' '}
                <ScoreBar score={network.score} /> <span className="muted">{network.role}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card">
        <h3>{t('timeline')}</h3>
        <table className="table timeline">
          <tbody>
            {data.timeline.map((event) => (
              <tr key={event.ref}>
                <td className="mono nowrap">{event.date.slice(0, 10)}</td>
                <td>
                  <span className="badge plain">{event.kind}</span>
                </td>
                <td>{event.summary}</td>
                <td>
                  <SourceRef source={event.source} />
                </td>
              </tr>
            ))}
            {data.timeline.length === 0 && (
              <tr>
                <td className="empty">{t('noEvents')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h3>{t('neighbourhood')}</h3>
        {neighbourhood.error && <ErrorNote error={neighbourhood.error} />}
        {neighbourhood.data && <NetworkExplorer key={entityRef} initial={neighbourhood.data} />}
      </section>
    </section>
  );
}
