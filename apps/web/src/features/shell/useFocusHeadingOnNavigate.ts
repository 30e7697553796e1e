import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * The one place that moves focus after navigation: after every change of page (a new path, by a
 * link, a redirect or back/forward) focus goes to the new page's h1, so keyboard and screen-reader
 * users start at the top of the new content and hear its name. Pages call no focus code of their own.
 *
 * - The first load leaves focus alone: the browser starts at the top already. The router gives the
 *   entry the page was opened on the key `default`; every later entry (also after logging in, which
 *   swaps the page frame) has its own.
 * - A new query string on the same page (a search, a filter, another page of results) is no new
 *   page: focus stays where the user is.
 * - An address with a fragment (`#evaluatie`) belongs to its target: the page focuses that.
 * - Pages that load first (lazily, or their data) get their h1 later: focus follows it when it
 *   appears, unless the user has meanwhile put focus somewhere else than where it was when they
 *   left the previous page (the menu link they clicked, or nothing).
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname, hash, key } = useLocation();
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === pathname) return;
    focusedFor.current = pathname;
    const container = main.current;
    if (key === 'default' || hash !== '' || !container) return;
    const heading = () => container.querySelector<HTMLElement>('h1');
    const now = heading();
    if (now) {
      now.focus();
      return;
    }
    const leftFrom = document.activeElement;
    const observer = new MutationObserver(() => {
      const later = heading();
      if (!later) return;
      observer.disconnect();
      const active = document.activeElement;
      if (!active || active === document.body || active === container || active === leftFrom) later.focus();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, pathname, hash, key]);
}
