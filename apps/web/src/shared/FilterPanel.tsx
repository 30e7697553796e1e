import { Button } from '@utrecht/component-library-react';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { STACKED_FILTERS_QUERY, useMediaQuery } from './useMediaQuery';

export interface FilterPanel {
  /** Whether the filters fold (a small screen, where they sit above the results). */
  collapsible: boolean;
  open: boolean;
  /** The class of the form: folded, it shows only its search row and the button (styles: layout.css). */
  className: string;
  button: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  /** Unfolds at once, so a field in it can take focus (a failed submit). */
  show(): void;
  /** After the filters are applied on a small screen: fold, so the results are in view. */
  fold(): void;
}

/**
 * The filters of a list page's search form: beside the results on a wide screen; on a small screen
 * folded behind a "Filters (n)" button (closed at first), so the results come first. The form keeps
 * its fields as they are: folding hides all but its search row.
 */
export function useFilterPanel(): FilterPanel {
  const collapsible = useMediaQuery(STACKED_FILTERS_QUERY);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const toggle = useCallback(() => setOpen((now) => !now), []);
  const show = useCallback(() => flushSync(() => setOpen(true)), []);
  const fold = useCallback(() => {
    const active = document.activeElement;
    const form = button.current?.form;
    const inFilters =
      form?.contains(active) === true && active !== button.current && !active?.closest('.kb-filters__search');
    flushSync(() => setOpen(false));
    // Focus on a field that folds away would be lost: it goes to the button that unfolds them again.
    if (inFilters) button.current?.focus();
  }, []);
  const folded = collapsible && !open;
  return useMemo(
    () => ({
      collapsible,
      open: !folded,
      className: folded ? 'kb-filters kb-filters--folded' : 'kb-filters',
      button,
      toggle,
      show,
      fold,
    }),
    [collapsible, folded, toggle, show, fold],
  );
}

/** The button that folds the filters open and shut; only on a small screen. `controls`: the form's id. */
export function FilterToggle({
  panel,
  count,
  controls,
}: {
  panel: FilterPanel;
  count: number;
  controls: string;
}) {
  const { t } = useTranslation();
  if (!panel.collapsible) return null;
  return (
    <Button
      ref={panel.button}
      type="button"
      appearance="secondary-action-button"
      className="kb-filter-toggle"
      aria-expanded={panel.open}
      aria-controls={controls}
      onClick={panel.toggle}
    >
      {count > 0 ? t('layout.filtersActive', { count }) : t('layout.filters')}
    </Button>
  );
}
