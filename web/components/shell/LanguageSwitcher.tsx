'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { localeCookie, locales, type Locale } from '@/i18n/locales';

const labels: Record<Locale, string> = { ru: 'РУС', kk: 'ҚАЗ', en: 'ENG' };

/** Sets the locale cookie and re-renders the server parts; the URL stays the same. */
export default function LanguageSwitcher() {
  const t = useTranslations('shell');
  const current = useLocale();
  const router = useRouter();

  function choose(locale: Locale) {
    document.cookie = `${localeCookie}=${locale}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }

  return (
    <div className="segmented" role="group" aria-label={t('language')}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={locale === current ? 'active' : undefined}
          aria-pressed={locale === current}
          data-locale={locale}
          onClick={() => choose(locale)}
        >
          {labels[locale]}
        </button>
      ))}
    </div>
  );
}
