import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiQuery } from '../api/client';
import { prefetch, useApiData } from './useApiData';

const queryOf = (key: string, answers: string[]) => {
  const load = vi.fn((signal: AbortSignal) => {
    void signal;
    return Promise.resolve(answers.shift() ?? 'later');
  });
  return { query: { key, load } satisfies ApiQuery<string>, load };
};

describe(useApiData.name, () => {
  it('takes the answer of a prefetch of the same key instead of asking again', async () => {
    const { query, load } = queryOf('/tasks {"page":1}', ['early']);
    prefetch(query);
    expect(load).toHaveBeenCalledTimes(1);

    const { result } = renderHook(() => useApiData(query));
    await waitFor(() => expect(result.current.data).toBe('early'));
    expect(load).toHaveBeenCalledTimes(1);

    // Used once: reloading asks the API.
    result.current.reload();
    await waitFor(() => expect(result.current.data).toBe('later'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks the API itself when what was prefetched is another query', async () => {
    const early = queryOf('/tasks {"page":2}', ['page two']);
    prefetch(early.query);
    const { query, load } = queryOf('/tasks {"page":1}', ['page one']);

    const { result } = renderHook(() => useApiData(query));
    await waitFor(() => expect(result.current.data).toBe('page one'));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
