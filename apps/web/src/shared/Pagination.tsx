import { useTranslation } from 'react-i18next';
import { RouterAnchor } from './router-links';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The in-app address of a page. */
  to: (page: number) => string;
  /** After following a link, e.g. to move focus to the new results. */
  onNavigate?: () => void;
}

/** Pages around the current one, the first and the last; null where a gap is. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const pages = [...shown].sort((a, b) => a - b);
  return pages.flatMap((n, i) => (i > 0 && n - pages[i - 1] > 1 ? [null, n] : [n]));
}

/** Previous / page numbers / next, as links, so every page of results has its own address. */
export function Pagination({ page, pageCount, to, onNavigate }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="utrecht-pagination kb-pagination" aria-label={t('pagination.label')}>
      {page > 1 && (
        <RouterAnchor
          to={to(page - 1)}
          rel="prev"
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
          onClick={onNavigate}
        >
          {t('pagination.previous')}
        </RouterAnchor>
      )}
      <ul className="kb-pagination__pages">
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="kb-pagination__gap">
              …
            </li>
          ) : (
            <li key={n}>
              <RouterAnchor
                to={to(n)}
                aria-current={n === page ? 'page' : undefined}
                className={`utrecht-pagination__page-link${n === page ? ' utrecht-pagination__page-link--current' : ''}`}
                onClick={onNavigate}
              >
                <span className="kb-visually-hidden">{t('pagination.page')}</span> {n}
              </RouterAnchor>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <RouterAnchor
          to={to(page + 1)}
          rel="next"
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
          onClick={onNavigate}
        >
          {t('pagination.next')}
        </RouterAnchor>
      )}
    </nav>
  );
}
