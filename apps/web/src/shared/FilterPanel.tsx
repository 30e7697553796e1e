import { Button } from '@utrecht/component-library-react';
import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { STACKED_FILTERS_QUERY, useMediaQuery } from './useMediaQuery';

export interface FilterPanel {
  /** Whether the filters fold (a small screen, where they sit above the results). */
  collapsible: boolean;
  open: boolean;
  /** The class of the form: folded, it shows only its search row and the button (styles: layout.css). */
  className: string;
  /** The form's id (the button controls it). */
  formId: string;
  toggle: () => void;
  /** Unfolds at once, so a field in it can take focus (a failed submit). */
  show: () => void;
  /** After the filters are applied on a small screen: fold, so the results are in view. */
  fold: () => void;
}

/**
 * The filters of a list page's search form: beside the results on a wide screen; on a small screen
 * folded behind a "Filters (n)" button (closed at first), so the results come first. The form keeps
 * its fields as they are: folding hides all but its search row.
 */
export function useFilterPanel(formId: string): FilterPanel {
  const collapsible = useMediaQuery(STACKED_FILTERS_QUERY);
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((now) => !now), []);
  const show = useCallback(() => flushSync(() => setOpen(true)), []);
  const fold = useCallback(() => {
    const active = document.activeElement;
    const button = document.getElementById(`${formId}-filters`);
    const inFilters =
      document.getElementById(formId)?.contains(active) === true &&
      active !== button &&
      !active?.closest('.kb-filters__search');
    flushSync(() => setOpen(false));
    // Focus on a field that folds away would be lost: it goes to the button that unfolds them again.
    if (inFilters) button?.focus();
  }, [formId]);
  const folded = collapsible && !open;
  return useMemo(
    () => ({
      collapsible,
      open: !folded,
      className: folded ? 'kb-filters kb-filters--folded' : 'kb-filters',
      formId,
      toggle,
      show,
      fold,
    }),
    [collapsible, folded, formId, toggle, show, fold],
  );
}

/** The button that folds the filters open and shut; only on a small screen. */
export function FilterToggle({ panel, count }: { panel: FilterPanel; count: number }) {
  const { t } = useTranslation();
  if (!panel.collapsible) return null;
  return (
    <Button
      id={`${panel.formId}-filters`}
      type="button"
      appearance="secondary-action-button"
      className="kb-filter-toggle"
      aria-expanded={panel.open}
      aria-controls={panel.formId}
      onClick={panel.toggle}
    >
      {count > 0 ? t('layout.filtersActive', { count }) : t('layout.filters')}
    </Button>
  );
}
