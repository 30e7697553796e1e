import { Button, Paragraph } from '../../shared/nlds';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

export const MENU_ID = 'hoofdmenu';

interface CompactHeaderProps {
  navigation: ReactNode;
  tools: ReactNode;
  /** Shown on the menu button, so it is seen while the menu is closed (the unread count). */
  badge?: ReactNode;
}

/**
 * The header on a phone: the name and a menu button (the disclosure pattern). The menu holds the
 * navigation and the tools; it closes after navigating and on Escape, which returns focus to the
 * button.
 */
export function CompactHeader({ navigation, tools, badge }: CompactHeaderProps) {
  const { t } = useTranslation();
  // Open for one location only: following a link (or back/forward) closes it without an effect.
  const { key } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === key;
  const button = useRef<HTMLButtonElement>(null);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpenAt(null);
    button.current?.focus();
  };

  return (
    <>
      <div className="utrecht-page-header__content kb-header__content">
        <Paragraph className="kb-header__brand">{t('app.name')}</Paragraph>
        <Button
          ref={button}
          appearance="secondary-action-button"
          className="kb-menu-button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpenAt(open ? null : key)}
          onKeyDown={closeOnEscape}
        >
          {t('layout.menu')}
          {badge}
        </Button>
      </div>
      <div id={MENU_ID} className="kb-menu" hidden={!open} onKeyDown={closeOnEscape}>
        {navigation}
        <div className="kb-menu__tools">{tools}</div>
      </div>
    </>
  );
}
