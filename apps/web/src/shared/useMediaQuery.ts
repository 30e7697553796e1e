import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the header folds its menu behind a button (as `--kb-compact` in styles.css). */
export const COMPACT_HEADER_QUERY = '(max-width: 47.99em)';
/** Below this width filters sit above the results (styles.css: `.kb-browse`), folded behind a button. */
export const STACKED_FILTERS_QUERY = '(max-width: 59.99em)';

/** Whether a CSS media query matches now; follows changes (rotating a phone, resizing a window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      // Without matchMedia (the component tests' jsdom) the wide layout applies.
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false,
  );
}
