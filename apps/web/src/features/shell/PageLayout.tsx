import { Document, PageFooter, PageHeader, Paragraph, SkipLink } from '../../shared/nlds';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../shared/router-links';
import { COMPACT_HEADER_QUERY, useMediaQuery } from '../../shared/useMediaQuery';
import { ACCESSIBILITY_STATEMENT_URL, PRIVACY_STATEMENT_URL } from '../privacy/privacy-url';
import { CompactHeader } from './CompactHeader';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';
import './layout.css';

export const MAIN_ID = 'inhoud';

interface PageLayoutProps {
  /** Right-hand side of the header: language switch, user, log-out. */
  tools: ReactNode;
  navigation?: ReactNode;
  /** On a phone the navigation folds behind a menu button; this shows on that button. */
  menuBadge?: ReactNode;
  children: ReactNode;
}

/** Landmarks every page shares: skip link, header, optional navigation, main and footer. */
export function PageLayout({ tools, navigation, menuBadge, children }: PageLayoutProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main);
  const compact = useMediaQuery(COMPACT_HEADER_QUERY) && navigation !== undefined;

  return (
    <Document className="kb-document">
      <SkipLink href={`#${MAIN_ID}`}>{t('shell.skipLink')}</SkipLink>
      <PageHeader className={compact ? 'kb-header kb-header--compact' : 'kb-header'}>
        {compact ? (
          <CompactHeader navigation={navigation} tools={tools} badge={menuBadge} />
        ) : (
          <div className="utrecht-page-header__content kb-header__content">
            <Paragraph className="kb-header__brand">{t('app.name')}</Paragraph>
            <div className="kb-header__tools">{tools}</div>
          </div>
        )}
      </PageHeader>
      {!compact && navigation}
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="kb-main">
        {children}
      </main>
      <PageFooter className="kb-footer">
        <div className="utrecht-page-footer__content">
          <Paragraph>{t('app.footer')}</Paragraph>
          <nav aria-label={t('app.footerLinks')}>
            <ul className="kb-footer__links">
              <li>
                <RouterLink to={PRIVACY_STATEMENT_URL}>{t('app.privacyStatement')}</RouterLink>
              </li>
              <li>
                <RouterLink to={ACCESSIBILITY_STATEMENT_URL}>{t('app.accessibilityStatement')}</RouterLink>
              </li>
            </ul>
          </nav>
        </div>
      </PageFooter>
    </Document>
  );
}
