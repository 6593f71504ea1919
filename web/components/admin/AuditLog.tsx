'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { listAudit } from '@/lib/api/admin';
import { useApi } from '@/lib/api/use-api';
import {
  NO_AUDIT_FILTER,
  auditQuery,
  pinAfter,
  type AuditFilterInput,
} from '@/lib/admin/audit-query';
import ErrorNote from '@/components/ui/ErrorNote';
import { DateText } from '@/components/ui/format';
import AuditArguments from './AuditArguments';
import AuditFilters from './AuditFilters';

const auditPage = 50;

/** The audit log, newest first: filters, entries with actions in words, and steady paging. */
export default function AuditLog({
  usernames,
  refresh = 0,
  heading = true,
}: {
  usernames: readonly string[];
  /** Changes after an action of the console, which has just written entries of its own. */
  refresh?: number;
  /** Its own heading; off where the page's title already names the log. */
  heading?: boolean;
}) {
  const t = useTranslations('admin');
  const tAction = useTranslations('auditActions');
  const [filter, setFilter] = useState<AuditFilterInput>(NO_AUDIT_FILTER);
  const [offset, setOffset] = useState(0);
  // Set while older pages are read, so the log's own new entries do not shift them.
  const [until, setUntil] = useState<string | undefined>(undefined);
  // The page remembers its offset: until the next one arrives, the range shown stays its own.
  const audit = useApi(
    async () => ({ offset, ...(await listAudit(auditQuery(filter, until), offset, auditPage)) }),
    [filter, offset, until, refresh],
  );
  const entries = audit.data?.entries ?? [];
  const total = audit.data?.total ?? 0;
  // The API counts up to a cap: past it, older pages are there while pages come back full.
  const capped = audit.data?.capped ?? false;
  const shownFrom = audit.data?.offset ?? 0;

  function narrow(next: AuditFilterInput) {
    setFilter(next);
    setOffset(0);
    setUntil(undefined);
  }

  function newer() {
    const next = Math.max(0, offset - auditPage);
    if (next === 0) setUntil(undefined);
    setOffset(next);
  }

  function older() {
    const newest = entries[0];
    if (offset === 0 && newest) setUntil(pinAfter(newest.at));
    setOffset(offset + auditPage);
  }

  return (
    <section className="card">
      {heading && <h3>{t('audit')}</h3>}
      <AuditFilters filter={filter} usernames={usernames} onChange={narrow} />
      {audit.error && <ErrorNote error={audit.error} />}
      {audit.data && entries.length === 0 ? (
        <p className="muted audit-empty">{t('auditEmpty')}</p>
      ) : (
        <table className="table audit">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('when')}</th>
              <th>{t('username')}</th>
              <th>{t('action')}</th>
              <th>{t('purpose')}</th>
              <th>{t('details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td className="num">{entry.seq}</td>
                <td className="nowrap">
                  <DateText value={entry.at} withTime />
                </td>
                <td className="mono">{entry.user}</td>
                <td title={entry.action}>
                  {tAction.has(entry.action) ? tAction(entry.action) : entry.action}
                </td>
                <td>{entry.purpose ?? <span className="muted">{t('noPurpose')}</span>}</td>
                <td className="small details">
                  <AuditArguments entryArgs={entry.args} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" className="button small" disabled={offset === 0} onClick={newer}>
          {t('newer')}
        </button>
        {entries.length > 0 && (
          <span className="muted">
            {t(capped ? 'auditRangeCapped' : 'auditRange', {
              first: shownFrom + 1,
              last: shownFrom + entries.length,
              total,
            })}
          </span>
        )}
        <button
          type="button"
          className="button small"
          disabled={capped ? entries.length < auditPage : offset + auditPage >= total}
          onClick={older}
        >
          {t('older')}
        </button>
      </div>
    </section>
  );
}
