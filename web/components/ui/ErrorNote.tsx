'use client';

import { useTranslations } from 'next-intl';
import type { ApiError } from '@/lib/api/errors';

const knownCodes = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'NETWORK',
  'INTERNAL',
]);

/** An API failure in the user's language, with the server's own message for details. */
export default function ErrorNote({ error }: { error: ApiError }) {
  const t = useTranslations('errors');
  const code = knownCodes.has(error.code) ? error.code : 'INTERNAL';
  return (
    <div className="error-note" role="alert" data-code={error.code}>
      <strong>{t(code)}</strong>
      {error.message && <span className="muted"> — {error.message}</span>}
    </div>
  );
}
