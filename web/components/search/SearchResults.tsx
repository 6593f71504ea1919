'use client';

import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { search } from '@/lib/api/investigate';
import type { SearchHit } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import { detailBeyondKey, entityHref, keyOfRef } from '@/lib/graph/refs';
import { kindColor } from '@/lib/graph/style';
import ErrorNote from '@/components/ui/ErrorNote';
import { useDomainLabels } from '@/components/ui/labels';

/** Full-text search across people, firms, foreigners, passports, addresses, phones and plates. */
export default function SearchResults({ text }: { text: string }) {
  const t = useTranslations('search');
  const tKind = useTranslations('kinds');
  const labels = useDomainLabels();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [draft, setDraft] = useState(text);
  const results = useApi<SearchHit[]>(
    () => (text ? search(text, locale, 50) : Promise.resolve([])),
    [text, locale],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    router.push(`/search?q=${encodeURIComponent(draft.trim())}`);
  }

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      <form className="toolbar" onSubmit={submit}>
        <input
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('placeholder')}
          className="wide"
        />
        <button type="submit" className="button small primary">
          {t('submit')}
        </button>
      </form>
      <p className="muted small">{t('hint')}</p>
      {results.error && <ErrorNote error={results.error} />}
      <table className="table">
        <tbody>
          {(results.data ?? []).map((hit) => (
            <tr key={hit.ref}>
              <td>
                <span className="kind-tag" style={{ background: kindColor[hit.kind] }}>
                  {tKind(hit.kind)}
                </span>
              </td>
              <td>
                <Link href={entityHref(hit.ref)}>{hit.label}</Link>
              </td>
              <td className="mono muted">{keyOfRef(hit.ref)}</td>
              <td className="muted">
                {labels.subtitle(detailBeyondKey(hit.ref, hit.subtitle), hit.countries)}
              </td>
              <td className="muted small">
                {t.has(`matched.${hit.matchedOn}`) ? t(`matched.${hit.matchedOn}`) : hit.matchedOn}
              </td>
            </tr>
          ))}
          {text && !results.loading && results.data?.length === 0 && (
            <tr>
              <td className="empty">{t('empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
