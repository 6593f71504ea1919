'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Source } from '@/lib/api/types';
import { formatMoment } from '@/lib/dates/moment-text';

/** A date or date-time in the user's language, Almaty time (`formatMoment`). */
export function DateText({ value, withTime = false }: { value?: string; withTime?: boolean }) {
  const locale = useLocale();
  if (!value) return <span className="muted">—</span>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span>{value}</span>;
  return <time dateTime={value}>{formatMoment(date, locale, withTime)}</time>;
}

/** Where a fact comes from: `file:line` of the drop, the load in a tooltip. */
export function SourceRef({ source }: { source?: Source }) {
  const t = useTranslations('entity');
  if (!source) return null;
  return (
    <code
      className="source"
      title={source.loadId ? t('sourceLoad', { id: source.loadId }) : undefined}
    >
      {source.file}:{source.line}
    </code>
  );
}

export function ScoreBar({ score }: { score: number }) {
  const percent = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return (
    <span className="score" title={score.toFixed(3)}>
      <span className="score-bar">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="score-value">{score.toFixed(2)}</span>
    </span>
  );
}
