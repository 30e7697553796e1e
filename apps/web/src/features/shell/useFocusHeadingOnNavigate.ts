import { type RefObject, useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * After an in-app navigation focus goes to the new page's h1, so keyboard and screen-reader
 * users start at the top of the new content. A fresh load or back/forward (POP) leaves focus alone.
 * Pages that load their data first get their h1 later: focus follows it when it appears, unless
 * the user has put focus somewhere meanwhile. A new query string on the same page (a search, a
 * filter) is no new page: focus stays where the user is.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === pathname) return;
    const container = main.current;
    if (navigationType === NavigationType.Pop || !container) {
      focusedFor.current = pathname;
      return;
    }
    const heading = () => container.querySelector<HTMLElement>('h1');
    const focus = (element: HTMLElement) => {
      focusedFor.current = pathname;
      element.focus();
    };
    const now = heading();
    if (now) {
      focus(now);
      return;
    }
    const observer = new MutationObserver(() => {
      const later = heading();
      if (!later) return;
      observer.disconnect();
      const active = document.activeElement;
      if (!active || active === document.body || active === container) focus(later);
      else focusedFor.current = pathname;
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, pathname, navigationType]);
}
