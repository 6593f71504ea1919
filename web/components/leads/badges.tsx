'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { listPatterns } from '@/lib/api/queries';
import type { LeadWorkflow, PatternHit, PatternInfo } from '@/lib/api/types';
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

/** Pattern titles in the UI language, loaded once per page. */
export function usePatternCatalogue(): Map<string, PatternInfo> {
  const locale = useLocale() as Locale;
  const { data } = useApi(() => listPatterns(locale), [locale]);
  return new Map((data ?? []).map((pattern) => [pattern.id, pattern]));
}

export function PatternBadges({
  patterns,
  catalogue,
}: {
  patterns: PatternHit[];
  catalogue: Map<string, PatternInfo>;
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
