'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { locales, type Locale } from '@/i18n/locales';
import { briefUrl } from '@/lib/api/brief';

const names: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

/** One click: the API renders the case-lead brief PDF in the chosen language (audited there). */
export default function BriefExport({ networkId }: { networkId: string }) {
  const t = useTranslations('brief');
  const [lang, setLang] = useState<Locale>(useLocale() as Locale);
  return (
    <div className="brief-export" data-testid="brief-export">
      <select
        value={lang}
        onChange={(event) => setLang(event.target.value as Locale)}
        aria-label={t('language')}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {names[locale]}
          </option>
        ))}
      </select>
      <a
        className="button small primary"
        href={briefUrl(networkId, lang)}
        target="_blank"
        rel="noopener"
        download={`arna-brief-${networkId}-${lang}.pdf`}
      >
        {t('export')}
      </a>
    </div>
  );
}
