'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter, useSearchParams } from 'next/navigation';
import { login } from '@/lib/api/auth';
import { asApiError, type ApiError } from '@/lib/api/errors';
import ErrorNote from '@/components/ui/ErrorNote';
import LanguageSwitcher from './LanguageSwitcher';

export default function LoginForm() {
  const t = useTranslations('login');
  const router = useRouter();
  const next = useSearchParams().get('next');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const user = await login(username.trim(), password);
      const home = user.role === 'ADMIN' ? '/admin' : '/leads';
      router.replace(next?.startsWith('/') && next !== '/' ? next : home);
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-label={t('title')}>
        <div className="login-brand">
          <span className="brand-mark">A</span>
          <div>
            <div className="brand-name">Arna</div>
            <div className="muted small">{t('subtitle')}</div>
          </div>
        </div>
        <label className="field">
          <span>{t('username')}</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t('password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error && <ErrorNote error={error} />}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('signingIn') : t('submit')}
        </button>
        <p className="muted small">{t('notice')}</p>
        <div className="login-footer">
          <LanguageSwitcher />
        </div>
      </form>
    </main>
  );
}
