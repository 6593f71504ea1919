'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import {
  createUser,
  listUsers,
  rerunDetection,
  setUserEnabled,
  setUserRole,
  verifyAudit,
} from '@/lib/api/admin';
import { useGuardedTask } from '@/lib/api/use-guarded-task';
import { ApiError } from '@/lib/api/errors';
import { chainBreak } from '@/lib/admin/chain-break';
import { newUserProblem } from '@/lib/admin/new-user';
import type { AuditCheck, Role } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import ErrorNote from '@/components/ui/ErrorNote';
import { useUser } from '@/components/shell/session';
import AuditLog from './AuditLog';

const roles: Role[] = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR', 'ADMIN'];

/** Users and roles, a detection re-run, the audit log's hash-chain check and the log itself. */
export default function AdminConsole() {
  const t = useTranslations('admin');
  const tRole = useTranslations('roles');
  const me = useUser();
  const users = useApi(listUsers, []);
  const usernames = (users.data ?? []).map((user) => user.username);
  const [check, setCheck] = useState<AuditCheck | undefined>(undefined);
  const { busy, running, error, setError, notice, setNotice, guarded } = useGuardedTask<
    'detection' | 'verify'
  >();
  // Every action here is audited: the log below is read again after each.
  const [logVersion, setLogVersion] = useState(0);
  const act = (task: () => Promise<void>, name?: 'detection' | 'verify') =>
    guarded(async () => {
      await task();
      setLogVersion((version) => version + 1);
    }, name);
  const [form, setForm] = useState({ username: '', password: '', role: 'INVESTIGATOR' as Role });

  function addUser(event: FormEvent) {
    event.preventDefault();
    const problem = newUserProblem(form, usernames);
    if (problem) {
      setError(new ApiError('BAD_USER_INPUT', t(problem, { username: form.username })));
      return;
    }
    void act(async () => {
      await createUser(form);
      setNotice(t('userAdded', { username: form.username, role: tRole(form.role) }));
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
              {(users.data ?? []).map((user) => {
                const own = user.username === me.username;
                return (
                  <tr key={user.username} className={user.disabled ? 'muted' : undefined}>
                    <td className="mono">{user.username}</td>
                    <td>
                      <select
                        value={user.role}
                        disabled={busy || own}
                        title={own ? t('ownAccount') : undefined}
                        onChange={(event) => {
                          const role = event.target.value as Role;
                          void act(async () => {
                            await setUserRole(user.username, role);
                            setNotice(
                              t('roleChanged', { username: user.username, role: tRole(role) }),
                            );
                            users.reload();
                          });
                        }}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {tRole(role)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="user-state">
                      <span>{user.disabled ? t('disabledState') : t('active')}</span>
                      <button
                        type="button"
                        className="button small ghost"
                        disabled={busy || own}
                        title={own ? t('ownAccount') : undefined}
                        onClick={() =>
                          act(async () => {
                            await setUserEnabled(user.username, user.disabled);
                            setNotice(
                              t(user.disabled ? 'userEnabled' : 'userDisabled', {
                                username: user.username,
                              }),
                            );
                            users.reload();
                          })
                        }
                      >
                        {user.disabled ? t('enable') : t('disable')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {/* noValidate: the browser would explain in its own language; newUserProblem in the app's. */}
          <form className="form-row" onSubmit={addUser} noValidate>
            <input
              placeholder={t('username')}
              value={form.username}
              onChange={(event) => setForm({ ...form, username: event.target.value })}
            />
            <input
              type="password"
              placeholder={t('password')}
              value={form.password}
              onChange={(event) => setForm({ ...form, password: event.target.value })}
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
              act(async () => {
                const outcome = await rerunDetection();
                setNotice(t('detectionDone', { networks: outcome.networks }));
              }, 'detection')
            }
          >
            {running === 'detection' ? t('working') : t('rerun')}
          </button>
          <h3 className="spaced">{t('chain')}</h3>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => act(async () => setCheck(await verifyAudit()), 'verify')}
          >
            {running === 'verify' ? t('working') : t('verify')}
          </button>
          {check && (
            <p
              className={check.ok ? 'chain ok' : 'chain broken'}
              role="status"
              title={check.reason}
            >
              {check.ok
                ? t('chainOk', { checked: check.checked })
                : t('chainBroken', {
                    what: t(`chainBreaks.${chainBreak(check.reason)}`, {
                      seq: check.firstBroken ?? 0,
                    }),
                  })}
            </p>
          )}
        </section>
      </div>
      <AuditLog usernames={usernames} refresh={logVersion} />
    </section>
  );
}
