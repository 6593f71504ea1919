'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { locales, type Locale } from '@/i18n/locales';
import { downloadBrief } from '@/lib/api/brief';
import { asApiError, type ApiError } from '@/lib/api/errors';
import ErrorNote from '@/components/ui/ErrorNote';

const names: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

/** One click: the API renders the case-lead brief PDF in the chosen language (audited there). */
export default function BriefExport({ networkId }: { networkId: string }) {
  const t = useTranslations('brief');
  const [lang, setLang] = useState<Locale>(useLocale() as Locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  async function exportBrief() {
    setBusy(true);
    setError(undefined);
    try {
      const pdf = await downloadBrief(networkId, lang);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(pdf);
      link.download = `arna-brief-${networkId}-${lang}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

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
      <button type="button" className="button small primary" onClick={exportBrief} disabled={busy}>
        {busy ? t('rendering') : t('export')}
      </button>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
