'use client';

import { useState } from 'react';
import { asApiError, type ApiError } from './errors';

/**
 * Runs a user action with a busy flag, clearing the last error and notice first and keeping
 * the failure to show: the one way the console, workbench and network view run their actions.
 * A task may be named, so that only the button which started it says it is working
 * (`running`); every button reads `busy` to stay disabled meanwhile.
 */
export function useGuardedTask<Name extends string = never>() {
  // The running task's name; null while an unnamed task runs, undefined when none does.
  const [running, setRunning] = useState<Name | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  async function guarded(task: () => Promise<void>, name?: Name) {
    setRunning(name ?? null);
    setError(undefined);
    setNotice(undefined);
    try {
      await task();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setRunning(undefined);
    }
  }

  return { busy: running !== undefined, running, error, setError, notice, setNotice, guarded };
}
