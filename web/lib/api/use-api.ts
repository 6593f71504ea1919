'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { onPurposeChange } from '@/lib/session/purpose';
import { asApiError, type ApiError } from './errors';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a read of `web/lib/api/*` when its inputs change, and again when the stated purpose
 * changes (a read refused for lack of purpose then succeeds without a manual reload).
 */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => onPurposeChange(() => setTick((value) => value + 1)), []);

  useEffect(() => {
    let current = true;
    setLoading(true);
    loader
      .current()
      .then((result) => {
        if (!current) return;
        setData(result);
        setError(undefined);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setError(asApiError(failure));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload };
}
