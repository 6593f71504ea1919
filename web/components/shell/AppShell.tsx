'use client';

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { logout, me } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/errors';
import { useApi } from '@/lib/api/use-api';
import type { Role } from '@/lib/api/types';
import ErrorNote from '@/components/ui/ErrorNote';
import LanguageSwitcher from './LanguageSwitcher';
import PurposeSelector from './PurposeSelector';
import { SessionContext } from './session';

const navigation: { href: string; key: string; roles?: Role[] }[] = [
  { href: '/leads', key: 'leads', roles: ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'] },
  { href: '/search', key: 'search', roles: ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'] },
  { href: '/queries', key: 'queries', roles: ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'] },
  { href: '/audit', key: 'audit', roles: ['SUPERVISOR'] },
  { href: '/admin', key: 'admin', roles: ['ADMIN'] },
];

export default function AppShell({ children }: { children: ReactNode }) {
  const t = useTranslations('shell');
  const tRole = useTranslations('roles');
  const router = useRouter();
  const pathname = usePathname();
  const session = useApi(me, []);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (isApiError(session.error, 'UNAUTHENTICATED')) {
      router.replace(`/login?next=${encodeURIComponent(pathname)}`);
    }
  }, [session.error, pathname, router]);

  async function signOut() {
    await logout().catch(() => undefined);
    router.replace('/login');
  }

  function search(event: FormEvent) {
    event.preventDefault();
    if (query.trim()) router.push(`/search?q=${encodeURIComponent(query.trim())}`);
  }

  const user = session.data;
  if (!user) {
    return (
      <div className="boot">
        {session.error && !isApiError(session.error, 'UNAUTHENTICATED') ? (
          <ErrorNote error={session.error} />
        ) : (
          <span className="muted">{t('loading')}</span>
        )}
      </div>
    );
  }

  return (
    <SessionContext.Provider value={user}>
      <div className="app">
        <header className="topbar">
          <Link href="/leads" className="brand">
            <span className="brand-mark">A</span>
            <span className="brand-name">Arna</span>
          </Link>
          <nav className="nav" aria-label={t('navigation')}>
            {navigation
              .filter((item) => !item.roles || item.roles.includes(user.role))
              .map((item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  className={pathname.startsWith(item.href) ? 'active' : undefined}
                >
                  {t(`nav.${item.key}`)}
                </Link>
              ))}
          </nav>
          <form className="topbar-search" onSubmit={search} role="search">
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('searchPlaceholder')}
              aria-label={t('nav.search')}
            />
          </form>
          <div className="topbar-right">
            <LanguageSwitcher />
            <div className="user" data-testid="user">
              <span className="user-name">{user.username}</span>
              <span className="user-role">{tRole(user.role)}</span>
            </div>
            <button type="button" className="button ghost small" onClick={signOut}>
              {t('logout')}
            </button>
          </div>
        </header>
        <div className="purposebar">
          <PurposeSelector />
        </div>
        <main className="content">{children}</main>
      </div>
    </SessionContext.Provider>
  );
}
