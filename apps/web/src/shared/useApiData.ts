import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../api/client';

interface Result<T> {
  path: string;
  attempt: number;
  data?: T;
  error?: unknown;
}

export interface ApiData<T> {
  /** The answer for the current path; kept while the same path reloads. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Use an answer the API already gave (e.g. after a write), without asking again. */
  replace: (data: T) => void;
}

/** GET `path` (null: nothing yet), aborting the previous request when the path changes. */
export function useApiData<T>(path: string | null): ApiData<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiRequest<T>(path, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ path, attempt, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ path, attempt, error });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback(
    (data: T) => {
      if (path !== null) setResult({ path, attempt, data });
    },
    [path, attempt],
  );

  const current = result?.path === path ? result : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: path !== null && current?.attempt !== attempt,
    reload,
    replace,
  };
}
