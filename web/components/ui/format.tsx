'use client';

import { useFormatter } from 'next-intl';
import type { Source } from '@/lib/api/types';

/**
 * A date or date-time in the user's locale (Almaty time). The month is written as a word, so
 * an English reader cannot take 12/7 for July (the short style is month-first in English).
 */
export function DateText({ value, withTime = false }: { value?: string; withTime?: boolean }) {
  const format = useFormatter();
  if (!value) return <span className="muted">—</span>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span>{value}</span>;
  return (
    <time dateTime={value}>
      {format.dateTime(
        date,
        withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
      )}
    </time>
  );
}

/** Where a fact comes from: `file:line` of the drop. */
export function SourceRef({ source }: { source?: Source }) {
  if (!source) return null;
  return (
    <code className="source" title={source.loadId ? `load ${source.loadId}` : undefined}>
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
