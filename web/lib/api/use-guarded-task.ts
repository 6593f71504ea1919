'use client';

import { useState } from 'react';
import { asApiError, type ApiError } from './errors';

/**
 * Runs a user action with a busy flag, clearing the last error and notice first and keeping
 * the failure to show: the one way the console, workbench and network view run their actions.
 */
export function useGuardedTask() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  async function guarded(task: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await task();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, notice, setNotice, guarded };
}
