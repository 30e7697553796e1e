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

/** Answers asked for before their page loaded (prefetch), by query key. */
const early = new Map<string, { answer: Promise<unknown>; at: number }>();
/** An early answer older than this is not used: the page asks again. */
const EARLY_FOR_MS = 15_000;

/**
 * Starts `query` before the page that needs it has loaded (the first page of a visit, alongside the
 * session check and the page's chunk); that page's first useApiData of the same key takes the answer.
 */
export function prefetch<T>(query: ApiQuery<T>): void {
  const answer = query.load(new AbortController().signal);
  answer.catch(() => undefined);
  early.set(query.key, { answer, at: Date.now() });
}

function takeEarly<T>(key: string): Promise<T> | undefined {
  const found = early.get(key);
  early.delete(key);
  return found && Date.now() - found.at < EARLY_FOR_MS ? (found.answer as Promise<T>) : undefined;
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
    const answer = (attempt === 0 ? takeEarly<T>(key) : undefined) ?? current.load(controller.signal);
    answer.then(
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
