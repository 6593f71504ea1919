'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { listSavedQueries } from '@/lib/api/queries';
import type { LeadWorkflow, PatternHit } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import { DateText } from '@/components/ui/format';

export function StatusBadge({ workflow }: { workflow: LeadWorkflow }) {
  const t = useTranslations('status');
  return <span className={`badge status-${workflow.status}`}>{t(workflow.status)}</span>;
}

/** The next deadline of the lead's triage (order No. 742), marked when overdue. */
export function DeadlineCell({ workflow }: { workflow: LeadWorkflow }) {
  const t = useTranslations('leads');
  const due = workflow.status === 'new' ? workflow.ackDueAt : workflow.decideDueAt;
  const open = !['dismissed', 'case_opened', 'notified'].includes(workflow.status);
  if (!open || !due) return <span className="muted">—</span>;
  return (
    <span className={workflow.overdue ? 'deadline overdue' : 'deadline'}>
      <DateText value={due} withTime />
      {workflow.overdue && <span className="badge danger">{t('overdue')}</span>}
    </span>
  );
}

export interface PatternTitle {
  title: string;
  legalBasis?: string;
}
export type PatternCatalogue = Map<string, PatternTitle>;

/** Titles of the built-in patterns (saved queries `pattern:<id>`) in the UI language. */
export function usePatternCatalogue(): PatternCatalogue {
  const locale = useLocale() as Locale;
  const { data } = useApi(() => listSavedQueries(locale), [locale]);
  return new Map(
    (data ?? [])
      .filter((query) => query.builtIn)
      .map((query) => [
        query.id.replace(/^pattern:/, ''),
        { title: query.name, ...(query.legalBasis ? { legalBasis: query.legalBasis } : {}) },
      ]),
  );
}

export function PatternBadges({
  patterns,
  catalogue,
}: {
  patterns: PatternHit[];
  catalogue: PatternCatalogue;
}) {
  return (
    <span className="badges">
      {patterns.map((pattern) => (
        <span
          key={pattern.id}
          className="badge pattern"
          title={catalogue.get(pattern.id)?.legalBasis}
        >
          {catalogue.get(pattern.id)?.title ?? pattern.id}
          <span className="badge-count">{pattern.hits}</span>
        </span>
      ))}
    </span>
  );
}
