'use client';

import { useTranslations } from 'next-intl';
import { errorMessageKey, type ApiError } from '@/lib/api/errors';

/** An API failure in the user's language with what to do about it; the server's own message for details. */
export default function ErrorNote({ error }: { error: ApiError }) {
  const t = useTranslations('errors');
  return (
    <div className="error-note" role="alert" data-code={error.code}>
      <strong>{t(errorMessageKey(error.code))}</strong>
      {error.message && <span className="muted"> — {error.message}</span>}
    </div>
  );
}
