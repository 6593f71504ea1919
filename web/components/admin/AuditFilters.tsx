'use client';

import { useTranslations } from 'next-intl';
import DayInput from '@/components/ui/DayInput';
import {
  AUDIT_ACTION_GROUPS,
  isFiltered,
  NO_AUDIT_FILTER,
  type AuditActionGroup,
  type AuditFilterInput,
} from '@/lib/admin/audit-query';

/** The audit log narrowed by user, group of actions and days. */
export default function AuditFilters({
  filter,
  usernames,
  onChange,
}: {
  filter: AuditFilterInput;
  usernames: readonly string[];
  onChange: (filter: AuditFilterInput) => void;
}) {
  const t = useTranslations('admin');
  const tGroup = useTranslations('auditActionGroups');
  const filtered = isFiltered(filter);
  const applyUser = (typed: string) => {
    if (typed.trim() !== filter.user) onChange({ ...filter, user: typed.trim() });
  };
  return (
    <div className="toolbar audit-filters">
      <label className="inline">
        {t('filterUser')}
        {/* Without the users list (a supervisor may not read it) the name is typed. */}
        {usernames.length > 0 ? (
          <select
            value={filter.user}
            onChange={(event) => onChange({ ...filter, user: event.target.value })}
          >
            <option value="">{t('anyUser')}</option>
            {usernames.map((username) => (
              <option key={username} value={username}>
                {username}
              </option>
            ))}
          </select>
        ) : (
          // Applied on Enter or leaving the field: every read of the log is itself audited.
          <input
            key={filter.user}
            defaultValue={filter.user}
            placeholder={t('anyUser')}
            onBlur={(event) => applyUser(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') applyUser(event.currentTarget.value);
            }}
          />
        )}
      </label>
      <label className="inline">
        {t('filterAction')}
        <select
          value={filter.group}
          onChange={(event) =>
            onChange({ ...filter, group: event.target.value as AuditActionGroup | '' })
          }
        >
          <option value="">{t('anyAction')}</option>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <option key={group} value={group}>
              {tGroup(group)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        {t('fromDay')}
        <DayInput
          value={filter.fromDay}
          onChange={(fromDay) => onChange({ ...filter, fromDay })}
          placeholder={t('dayPlaceholder')}
          calendarLabel={t('calendarFrom')}
        />
      </label>
      <label className="inline">
        {t('toDay')}
        <DayInput
          value={filter.toDay}
          onChange={(toDay) => onChange({ ...filter, toDay })}
          placeholder={t('dayPlaceholder')}
          calendarLabel={t('calendarTo')}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filter.hideLogReads}
          onChange={(event) => onChange({ ...filter, hideLogReads: event.target.checked })}
        />
        {t('hideLogReads')}
      </label>
      <button
        type="button"
        className="button small ghost"
        disabled={!filtered}
        onClick={() => onChange(NO_AUDIT_FILTER)}
      >
        {t('resetFilters')}
      </button>
    </div>
  );
}
