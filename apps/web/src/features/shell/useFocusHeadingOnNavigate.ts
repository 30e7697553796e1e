import { type RefObject, useEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * After an in-app navigation focus goes to the new page's h1, so keyboard and screen-reader
 * users start at the top of the new content. A fresh load or back/forward (POP) leaves focus alone.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType === NavigationType.Pop) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [main, pathname, navigationType]);
}
