'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { readPurpose, storePurpose } from '@/lib/session/purpose';

const recentKey = 'arna.recentPurposes';

/**
 * The stated purpose of the work: a case number (e.g. ЕРДР 251234567890) or a legal basis.
 * Always visible, because the API refuses person searches and profile views without it and
 * records it in the audit log with every read.
 */
export default function PurposeSelector() {
  const t = useTranslations('purpose');
  const [value, setValue] = useState('');
  const [active, setActive] = useState('');
  const [recent, setRecent] = useState<string[]>([]);

  useEffect(() => {
    const stored = readPurpose();
    setValue(stored);
    setActive(stored);
    setRecent(JSON.parse(localStorage.getItem(recentKey) ?? '[]') as string[]);
  }, []);

  function apply(event: FormEvent) {
    event.preventDefault();
    const purpose = value.trim();
    storePurpose(purpose);
    setActive(purpose);
    if (purpose) {
      const next = [purpose, ...recent.filter((item) => item !== purpose)].slice(0, 8);
      localStorage.setItem(recentKey, JSON.stringify(next));
      setRecent(next);
    }
  }

  const presets = [t('presetArticle'), t('presetRules'), ...recent];
  return (
    <form className={`purpose ${active ? 'set' : 'unset'}`} onSubmit={apply} data-testid="purpose">
      <label htmlFor="purpose-input">{t('label')}</label>
      <input
        id="purpose-input"
        list="purpose-options"
        value={value}
        placeholder={t('placeholder')}
        onChange={(event) => setValue(event.target.value)}
        title={t('hint')}
      />
      <datalist id="purpose-options">
        {[...new Set(presets)].map((item) => (
          <option key={item} value={item} />
        ))}
      </datalist>
      <button type="submit" className="button small" disabled={value.trim() === active}>
        {t('apply')}
      </button>
      {!active && <span className="purpose-warning">{t('missing')}</span>}
    </form>
  );
}
