import { useCallback, useRef, useState } from 'react';

/** Which one of a page's panels is open; closing without acting returns focus to its opener. */
export function usePanel<K>() {
  const [open, setOpen] = useState<K | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((panel: K) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(panel);
  }, []);
  const cancel = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);
  /** After the action: its outcome takes focus instead. */
  const done = useCallback(() => setOpen(null), []);
  return { open, show, cancel, done };
}
