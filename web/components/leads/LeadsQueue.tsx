'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { listLeads, type LeadFilter } from '@/lib/api/leads';
import { leadStatuses, type LeadStatus, type LeadSummary } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import ErrorNote from '@/components/ui/ErrorNote';
import { ScoreBar } from '@/components/ui/format';
import { DeadlineCell, PatternBadges, StatusBadge, usePatternCatalogue } from './badges';
import OrganizerName from './OrganizerName';

type SortKey = 'rank' | 'score' | 'size' | 'deadline' | 'status';
const pageSize = 50;

function deadlineOf(lead: LeadSummary): string {
  return (
    (lead.workflow.status === 'new' ? lead.workflow.ackDueAt : lead.workflow.decideDueAt) ?? '9999'
  );
}

const sorters: Record<SortKey, (a: LeadSummary, b: LeadSummary) => number> = {
  rank: (a, b) => a.rank - b.rank,
  score: (a, b) => b.score - a.score,
  size: (a, b) => b.size - a.size,
  deadline: (a, b) => deadlineOf(a).localeCompare(deadlineOf(b)),
  status: (a, b) =>
    leadStatuses.indexOf(a.workflow.status) - leadStatuses.indexOf(b.workflow.status),
};

export default function LeadsQueue() {
  const t = useTranslations('leads');
  const tStatus = useTranslations('status');
  const catalogue = usePatternCatalogue();
  const [filter, setFilter] = useState<LeadFilter>({ offset: 0, limit: pageSize });
  const [draftSearch, setDraftSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('rank');
  const locale = useLocale() as Locale;
  const leads = useApi(() => listLeads(filter, locale), [JSON.stringify(filter), locale]);

  const rows = useMemo(
    () => [...(leads.data?.leads ?? [])].sort(sorters[sort]),
    [leads.data, sort],
  );
  const total = leads.data?.total ?? 0;
  const update = (change: Partial<LeadFilter>) =>
    setFilter((current) => ({ ...current, offset: 0, ...change }));

  const header = (key: SortKey, label: string) => (
    <th>
      <button
        type="button"
        className={sort === key ? 'sort active' : 'sort'}
        onClick={() => setSort(key)}
        aria-sort={sort === key ? 'descending' : 'none'}
      >
        {label}
      </button>
    </th>
  );

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <span className="muted">{t('count', { total })}</span>
      </div>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          update({ search: draftSearch.trim() });
        }}
      >
        <input
          type="search"
          value={draftSearch}
          placeholder={t('searchPlaceholder')}
          onChange={(event) => setDraftSearch(event.target.value)}
          aria-label={t('searchPlaceholder')}
        />
        <label className="inline">
          {t('minScore')}
          <select
            value={filter.minScore ?? ''}
            onChange={(event) =>
              update(
                event.target.value
                  ? { minScore: Number(event.target.value) }
                  : { minScore: undefined },
              )
            }
          >
            <option value="">{t('any')}</option>
            {[0.3, 0.5, 0.7, 0.9].map((value) => (
              <option key={value} value={value}>
                ≥ {value}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('pattern')}
          <select
            value={filter.pattern ?? ''}
            onChange={(event) => update({ pattern: event.target.value })}
          >
            <option value="">{t('any')}</option>
            {[...catalogue.entries()].map(([id, pattern]) => (
              <option key={id} value={id}>
                {pattern.title}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('status')}
          <select
            value={filter.status ?? ''}
            onChange={(event) =>
              update(
                event.target.value
                  ? { status: event.target.value as LeadStatus }
                  : { status: undefined },
              )
            }
          >
            <option value="">{t('any')}</option>
            {leadStatuses.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={filter.overdueOnly ?? false}
            onChange={(event) => update({ overdueOnly: event.target.checked })}
          />
          {t('overdueOnly')}
        </label>
        <button type="submit" className="button small">
          {t('apply')}
        </button>
      </form>
      {leads.error && <ErrorNote error={leads.error} />}
      <div className="table-wrap">
        <table className="table leads" data-testid="leads-table">
          <thead>
            <tr>
              {header('rank', '#')}
              {header('score', t('score'))}
              {header('size', t('size'))}
              <th>{t('organizers')}</th>
              <th>{t('patterns')}</th>
              {header('status', t('status'))}
              <th>{t('assignee')}</th>
              {header('deadline', t('deadline'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((lead) => (
              <tr key={lead.id} className={lead.workflow.overdue ? 'row-overdue' : undefined}>
                <td className="num">
                  <Link
                    href={`/leads/${encodeURIComponent(lead.id)}`}
                    className="lead-link"
                    data-testid="lead-link"
                  >
                    {lead.rank}
                  </Link>
                </td>
                <td>
                  <ScoreBar score={lead.score} />
                </td>
                <td className="num">{lead.size}</td>
                <td className="organizers">
                  {lead.organizers.length === 0 && <span className="muted">—</span>}
                  {lead.organizers.slice(0, 2).map((organizer) => (
                    <div key={organizer.ref} data-testid="queue-organizer">
                      <OrganizerName organizer={organizer} />
                      {organizer.why[0] && (
                        <div className="muted small organizer-why">{organizer.why[0]}</div>
                      )}
                    </div>
                  ))}
                  {lead.organizers.length > 2 && (
                    <span className="muted small">
                      {t('more', { count: lead.organizers.length - 2 })}
                    </span>
                  )}
                </td>
                <td className="patterns">
                  <PatternBadges patterns={lead.patterns} catalogue={catalogue} />
                </td>
                <td>
                  <StatusBadge workflow={lead.workflow} />
                </td>
                <td>{lead.workflow.assignee ?? <span className="muted">—</span>}</td>
                <td>
                  <DeadlineCell workflow={lead.workflow} />
                </td>
              </tr>
            ))}
            {!leads.loading && rows.length === 0 && (
              <tr>
                <td colSpan={8} className="empty">
                  {t('empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <button
          type="button"
          className="button small"
          disabled={filter.offset === 0}
          onClick={() =>
            setFilter((current) => ({ ...current, offset: Math.max(0, current.offset - pageSize) }))
          }
        >
          {t('previous')}
        </button>
        <span className="muted">
          {t('range', {
            from: total === 0 ? 0 : filter.offset + 1,
            to: Math.min(total, filter.offset + pageSize),
            total,
          })}
        </span>
        <button
          type="button"
          className="button small"
          disabled={filter.offset + pageSize >= total}
          onClick={() =>
            setFilter((current) => ({ ...current, offset: current.offset + pageSize }))
          }
        >
          {t('next')}
        </button>
      </div>
    </section>
  );
}
