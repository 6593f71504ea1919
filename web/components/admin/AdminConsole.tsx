'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import {
  createUser,
  listAudit,
  listUsers,
  rerunDetection,
  setUserEnabled,
  setUserRole,
  verifyAudit,
} from '@/lib/api/admin';
import { useGuardedTask } from '@/lib/api/use-guarded-task';
import type { AuditCheck, Role } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import ErrorNote from '@/components/ui/ErrorNote';
import { DateText } from '@/components/ui/format';

const roles: Role[] = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR', 'ADMIN'];
const auditPage = 50;

/** Users and roles, the audit log with its hash-chain check, and a detection re-run. */
export default function AdminConsole() {
  const t = useTranslations('admin');
  const tRole = useTranslations('roles');
  const users = useApi(listUsers, []);
  const [offset, setOffset] = useState(0);
  const audit = useApi(() => listAudit(offset, auditPage), [offset]);
  const [check, setCheck] = useState<AuditCheck | undefined>(undefined);
  const { busy, error, notice, setNotice, guarded } = useGuardedTask();
  const [form, setForm] = useState({ username: '', password: '', role: 'INVESTIGATOR' as Role });

  function addUser(event: FormEvent) {
    event.preventDefault();
    void guarded(async () => {
      await createUser(form);
      setForm({ username: '', password: '', role: 'INVESTIGATOR' });
      users.reload();
    });
  }

  return (
    <section className="page admin">
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      {error && <ErrorNote error={error} />}
      {notice && <p className="notice">{notice}</p>}
      <div className="admin-grid">
        <section className="card">
          <h3>{t('users')}</h3>
          {users.error && <ErrorNote error={users.error} />}
          <table className="table">
            <thead>
              <tr>
                <th>{t('username')}</th>
                <th>{t('role')}</th>
                <th>{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {(users.data ?? []).map((user) => (
                <tr key={user.username} className={user.disabled ? 'muted' : undefined}>
                  <td className="mono">{user.username}</td>
                  <td>
                    <select
                      value={user.role}
                      disabled={busy}
                      onChange={(event) =>
                        guarded(async () => {
                          await setUserRole(user.username, event.target.value as Role);
                          users.reload();
                        })
                      }
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {tRole(role)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small ghost"
                      disabled={busy}
                      onClick={() =>
                        guarded(async () => {
                          await setUserEnabled(user.username, user.disabled);
                          users.reload();
                        })
                      }
                    >
                      {user.disabled ? t('enable') : t('disable')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form className="form-row" onSubmit={addUser}>
            <input
              placeholder={t('username')}
              value={form.username}
              onChange={(event) => setForm({ ...form, username: event.target.value })}
              required
            />
            <input
              type="password"
              placeholder={t('password')}
              value={form.password}
              onChange={(event) => setForm({ ...form, password: event.target.value })}
              required
              minLength={12}
            />
            <select
              value={form.role}
              onChange={(event) => setForm({ ...form, role: event.target.value as Role })}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {tRole(role)}
                </option>
              ))}
            </select>
            <button type="submit" className="button small primary" disabled={busy}>
              {t('addUser')}
            </button>
          </form>
        </section>
        <section className="card">
          <h3>{t('detection')}</h3>
          <p className="muted small">{t('detectionNote')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              guarded(async () => {
                const outcome = await rerunDetection();
                setNotice(t('detectionDone', { networks: outcome.networks }));
              })
            }
          >
            {busy ? t('working') : t('rerun')}
          </button>
          <h3 className="spaced">{t('chain')}</h3>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => guarded(async () => setCheck(await verifyAudit()))}
          >
            {t('verify')}
          </button>
          {check && (
            <p className={check.ok ? 'chain ok' : 'chain broken'} role="status">
              {check.ok
                ? t('chainOk', { checked: check.checked })
                : t('chainBroken', { seq: check.firstBroken ?? -1, message: check.reason ?? '' })}
            </p>
          )}
        </section>
      </div>
      <section className="card">
        <h3>{t('audit')}</h3>
        {audit.error && <ErrorNote error={audit.error} />}
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
            {(audit.data?.entries ?? []).map((entry) => (
              <tr key={entry.seq}>
                <td className="num">{entry.seq}</td>
                <td className="nowrap">
                  <DateText value={entry.at} withTime />
                </td>
                <td className="mono">{entry.user}</td>
                <td>{entry.action}</td>
                <td>{entry.purpose}</td>
                <td className="mono small details" title={entry.details}>
                  {entry.details.length > 240 ? `${entry.details.slice(0, 240)}…` : entry.details}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="pager">
          <button
            type="button"
            className="button small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - auditPage))}
          >
            {t('newer')}
          </button>
          <span className="muted">{audit.data?.total ?? 0}</span>
          <button
            type="button"
            className="button small"
            disabled={offset + auditPage >= (audit.data?.total ?? 0)}
            onClick={() => setOffset(offset + auditPage)}
          >
            {t('older')}
          </button>
        </div>
      </section>
    </section>
  );
}
