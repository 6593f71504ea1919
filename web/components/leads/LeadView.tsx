'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { getLead } from '@/lib/api/leads';
import { leadGraph } from '@/lib/api/network';
import { useApi } from '@/lib/api/use-api';
import { entityHref } from '@/lib/graph/refs';
import NetworkExplorer from '@/components/network/NetworkExplorer';
import { hasRole, useUser } from '@/components/shell/session';
import { useDomainLabels } from '@/components/ui/labels';
import ErrorNote from '@/components/ui/ErrorNote';
import { DateText, ScoreBar } from '@/components/ui/format';
import { DeadlineCell, StatusBadge, usePatternCatalogue } from './badges';
import BriefExport from './BriefExport';
import OrganizerName from './OrganizerName';
import WorkflowPanel from './WorkflowPanel';

type Tab = 'network' | 'members' | 'evidence' | 'history';

export default function LeadView({ id }: { id: string }) {
  const t = useTranslations('lead');
  const tKind = useTranslations('kinds');
  const tAction = useTranslations('lead.actions');
  const labels = useDomainLabels();
  const user = useUser();
  const catalogue = usePatternCatalogue();
  const locale = useLocale() as Locale;
  const lead = useApi(() => getLead(id, locale), [id, locale]);
  // The graph is built once per lead: workflow changes reload the lead, not its picture.
  const graph = useApi(
    () => (lead.data ? leadGraph(lead.data) : new Promise<never>(() => undefined)),
    [lead.data?.id],
  );
  const [tab, setTab] = useState<Tab>('network');

  if (lead.error) return <ErrorNote error={lead.error} />;
  if (!lead.data) return <div className="muted page">{t('loading')}</div>;
  const data = lead.data;
  // Members carry identifiers only; the graph view knows their names.
  const names = new Map((graph.data?.nodes ?? []).map((node) => [node.ref, node.label]));

  return (
    <section className="page lead">
      <div className="page-header">
        <Link href="/leads" className="muted small">
          ← {t('back')}
        </Link>
        <h1>
          {t('title', { rank: data.rank })} <StatusBadge workflow={data.workflow} />
        </h1>
        <div className="header-facts">
          <span>
            {t('score')} <ScoreBar score={data.score} />
          </span>
          <span>{t('size', { size: data.size })}</span>
          <span>
            {t('deadline')} <DeadlineCell workflow={data.workflow} />
          </span>
        </div>
        {hasRole(user, 'INVESTIGATOR', 'ANALYST', 'SUPERVISOR') && (
          <BriefExport key={locale} networkId={data.id} />
        )}
      </div>
      <div className="lead-layout">
        <div className="lead-main">
          <div className="tabs" role="tablist">
            {(['network', 'members', 'evidence', 'history'] as const).map((key) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                className={tab === key ? 'active' : undefined}
                onClick={() => setTab(key)}
              >
                {t(`tabs.${key}`)}
              </button>
            ))}
          </div>
          {tab === 'network' &&
            (graph.error ? (
              <ErrorNote error={graph.error} />
            ) : graph.data ? (
              <NetworkExplorer
                key={id}
                initial={graph.data}
                organizers={data.organizers}
                patterns={data.patterns}
                catalogue={catalogue}
              />
            ) : (
              <div className="muted">{t('loadingGraph')}</div>
            ))}
          {tab === 'members' && (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('kind')}</th>
                  <th>{t('member')}</th>
                  <th>{t('role')}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((member) => {
                  const name = member.name ?? names.get(member.ref) ?? member.label;
                  return (
                    <tr key={`${member.ref}-${member.role}`}>
                      <td>{tKind(member.kind)}</td>
                      <td>
                        <Link href={entityHref(member.ref)} title={member.countryCode}>
                          {name}
                        </Link>
                        {/* The identifier beside a name, unless it is the name (an address, a plate). */}
                        {name !== member.label && (
                          <span className="muted small mono" data-testid="member-identifier">
                            {' '}
                            {member.label}
                          </span>
                        )}
                      </td>
                      <td>{labels.role(member.role)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {tab === 'evidence' && (
            <div className="evidence-list">
              {data.patterns.map((pattern) => (
                <section key={pattern.id} className="card">
                  <h3>
                    {catalogue.get(pattern.id)?.title ?? pattern.id}{' '}
                    <span className="badge">{pattern.hits}</span>
                  </h3>
                  {catalogue.get(pattern.id) && (
                    <p className="muted small">{catalogue.get(pattern.id)?.legalBasis}</p>
                  )}
                  <ul className="evidence">
                    {pattern.evidence.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          {tab === 'history' && (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('when')}</th>
                  <th>{t('who')}</th>
                  <th>{t('action')}</th>
                  <th>{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {data.history.map((event, index) => (
                  <tr key={`${event.at}-${index}`}>
                    <td>
                      <DateText value={event.at} withTime />
                    </td>
                    <td>{event.user}</td>
                    <td>{tAction.has(event.action) ? tAction(event.action) : event.action}</td>
                    <td>{event.note}</td>
                  </tr>
                ))}
                {data.history.length === 0 && (
                  <tr>
                    <td colSpan={4} className="empty" data-testid="no-history">
                      {t('noHistory')}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          )}
        </div>
        <div className="lead-side">
          {data.why.length > 0 && (
            <section className="card">
              <h3>{t('why')}</h3>
              <ul className="small">
                {data.why.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </section>
          )}
          <section className="card">
            <h3>{t('organizers')}</h3>
            <ol className="organizer-list">
              {data.organizers.map((organizer) => (
                <li key={organizer.ref}>
                  <OrganizerName organizer={organizer} fallbackName={names.get(organizer.ref)} />
                  <ul className="muted small">
                    {organizer.why.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
          <WorkflowPanel lead={data} onChanged={lead.reload} />
        </div>
      </div>
    </section>
  );
}
