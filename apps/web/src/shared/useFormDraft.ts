import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'kb-draft:';

/** Set when the session ends: the forms that unmount then keep their drafts for after logging in. */
let keepingDrafts = false;

/** The session has ended: what is being typed stays in this tab until the user is back. */
export function keepDraftsUntilSignedIn(): void {
  keepingDrafts = true;
}

/** Signed in again: forms left from now on drop their drafts as usual. */
export function stopKeepingDrafts(): void {
  keepingDrafts = false;
}

function read<T extends object>(key: string, initial: T): T {
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    if (stored === null) return initial;
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? { ...initial, ...(parsed as Partial<T>) }
      : initial;
  } catch {
    return initial;
  }
}

function remove(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage unavailable (private mode, quota): nothing was kept either.
  }
}

/**
 * A form's values, kept in session storage (this tab only) while they are typed, so that a session
 * that ends halfway loses nothing: after logging in the form opens with them again. Leaving the form
 * normally or `clear` (after a successful submit) drops the draft. Never use it for passwords.
 * Without a key it is plain state.
 */
export function useFormDraft<T extends object>(
  key: string | undefined,
  initial: T,
): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [values, setValues] = useState<T>(() => (key ? read(key, initial) : initial));
  const untouched = useRef<T | null>(values);

  useEffect(() => {
    if (!key || values === untouched.current) return;
    untouched.current = null;
    try {
      window.sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
    } catch {
      // Storage full or unavailable: the form still works, only without a draft.
    }
  }, [key, values]);

  useEffect(
    () => () => {
      if (key && !keepingDrafts) remove(key);
    },
    [key],
  );

  const clear = useCallback(() => {
    if (key) remove(key);
  }, [key]);

  return [values, setValues, clear];
}
