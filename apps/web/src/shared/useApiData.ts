import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiQuery } from '../api/client';

interface Result<T> {
  key: string;
  attempt: number;
  data?: T;
  error?: unknown;
}

export interface ApiData<T> {
  /** The answer for the current query; kept while the same query reloads. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Use an answer the API already gave (e.g. after a write), without asking again. */
  replace: (data: T) => void;
}

/**
 * Run `query` (an apiQuery; null: nothing yet), aborting the previous request when its key (path and
 * parameters) changes.
 */
export function useApiData<T>(query: ApiQuery<T> | null): ApiData<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);
  const key = query?.key ?? null;
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  });

  useEffect(() => {
    const current = latest.current;
    if (key === null || current === null) return;
    const controller = new AbortController();
    current.load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ key, attempt, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, attempt, error });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback(
    (data: T) => {
      if (key !== null) setResult({ key, attempt, data });
    },
    [key, attempt],
  );

  const current = result?.key === key ? result : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && current?.attempt !== attempt,
    reload,
    replace,
  };
}
