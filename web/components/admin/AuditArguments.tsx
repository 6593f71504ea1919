'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { auditArguments } from '@/lib/admin/audit-arguments';

// Longer than this, an entry's arguments start folded to a few lines.
const FOLDED_LINES = 3;
const FOLDED_CHARS = 200;

/**
 * An audit entry's arguments as `name: value` lines, long ones folded until asked for; a
 * name in words where the app knows it, the API's own name beside it on hover.
 */
export default function AuditArguments({ entryArgs }: { entryArgs: unknown }) {
  const t = useTranslations('admin');
  const tName = useTranslations('auditArguments');
  const [open, setOpen] = useState(false);
  const args = auditArguments(entryArgs, useLocale(), { yes: t('yes'), no: t('no') });
  if (args.length === 0) return <span className="muted">—</span>;
  const chars = args.reduce((sum, arg) => sum + arg.name.length + arg.value.length, 0);
  const long = args.length > FOLDED_LINES || chars > FOLDED_CHARS;
  return (
    <>
      <dl className={long && !open ? 'audit-args folded' : 'audit-args'}>
        {args.map((arg, index) => (
          <div key={`${arg.name}-${index}`}>
            {arg.name && (
              <dt title={arg.name}>{tName.has(arg.name) ? tName(arg.name) : arg.name}:</dt>
            )}
            <dd>{arg.value}</dd>
          </div>
        ))}
      </dl>
      {long && (
        <button type="button" className="button small ghost" onClick={() => setOpen(!open)}>
          {open ? t('showLess') : t('showAll')}
        </button>
      )}
    </>
  );
}
