import { Button } from '@utrecht/component-library-react';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { STACKED_FILTERS_QUERY, useMediaQuery } from './useMediaQuery';

export interface FilterPanel {
  /** Whether the filters fold (a small screen, where they sit above the results). */
  collapsible: boolean;
  open: boolean;
  button: RefObject<HTMLButtonElement | null>;
  panelProps: { id: string; hidden: boolean };
  toggle(): void;
  /** Unfolds at once, so a field in it can take focus (a failed submit). */
  show(): void;
  /** After the filters are applied on a small screen: fold, so the results are in view. */
  fold(): void;
}

/**
 * The filters of a list page: beside the results on a wide screen; on a small screen folded behind a
 * "Filters (n)" button (closed at first), so the results come first.
 */
export function useFilterPanel(id: string): FilterPanel {
  const collapsible = useMediaQuery(STACKED_FILTERS_QUERY);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const toggle = useCallback(() => setOpen((now) => !now), []);
  const show = useCallback(() => flushSync(() => setOpen(true)), []);
  const fold = useCallback(() => {
    const panel = document.getElementById(id);
    const focusInside = panel !== null && panel.contains(document.activeElement);
    flushSync(() => setOpen(false));
    // Focus in the panel would be lost with it: it goes to the button that unfolds it again.
    if (focusInside) button.current?.focus();
  }, [id]);
  return useMemo(
    () => ({
      collapsible,
      open: !collapsible || open,
      button,
      panelProps: { id, hidden: collapsible && !open },
      toggle,
      show,
      fold,
    }),
    [collapsible, open, id, toggle, show, fold],
  );
}

/** The button that folds the filters open and shut; only on a small screen. */
export function FilterToggle({ panel, count }: { panel: FilterPanel; count: number }) {
  const { t } = useTranslation();
  if (!panel.collapsible) return null;
  return (
    <Button
      ref={panel.button}
      appearance="secondary-action-button"
      className="kb-filter-toggle"
      aria-expanded={panel.open}
      aria-controls={panel.panelProps.id}
      onClick={panel.toggle}
    >
      {count > 0 ? t('layout.filtersActive', { count }) : t('layout.filters')}
    </Button>
  );
}
