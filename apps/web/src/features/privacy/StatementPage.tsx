import { DEFAULT_STATEMENTS, type StatementKind } from '@klussenbank/domain';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/i18n';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useSession } from '../auth/useSession';
import { statementQuery } from './privacy-api';

const TITLE_KEY = {
  privacy: 'privacy.statement.privacyTitle',
  accessibility: 'privacy.statement.accessibilityTitle',
} as const satisfies Record<StatementKind, string>;

/**
 * /privacyverklaring and /toegankelijkheidsverklaring, for everybody (the footer of every page links
 * here, the login page's too). Signed in, one reads one's organisation's own text where it wrote
 * one; otherwise Klussenbank's default in the reader's language.
 */
export function StatementPage({ kind }: { kind: StatementKind }) {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const organisation = state.status === 'signed-in' ? state.me.organisation : null;
  const own = useApiData(organisation ? statementQuery(organisation.id, kind) : null);
  const title = t(TITLE_KEY[kind]);
  useDocumentTitle(title);
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';

  const body = (() => {
    if (organisation && own.loading && !own.data) {
      return <LoadingState text={t('privacy.statement.loading')} />;
    }
    if (organisation && own.data?.html) {
      return (
        <>
          <Paragraph appearance="lead">
            {t('privacy.statement.ofOrganisation', { organisation: organisation.name })}
          </Paragraph>
          <div className="kb-statement" dangerouslySetInnerHTML={{ __html: belowTitle(own.data.html) }} />
        </>
      );
    }
    return (
      <>
        <Paragraph appearance="lead">
          {organisation && own.error ? t('privacy.statement.loadFailed') : t('privacy.statement.default')}
        </Paragraph>
        <div
          className="kb-statement"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(DEFAULT_STATEMENTS[kind][language]) }}
        />
      </>
    );
  })();

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {body}
    </>
  );
}

/** The page has the one h1: a heading the organisation wrote as `#` becomes an h2. */
const belowTitle = (html: string) => html.replace(/<(\/?)h1(?=[\s>])/gi, '<$1h2');

export const PrivacyStatementPage = () => <StatementPage kind="privacy" />;
export const AccessibilityStatementPage = () => <StatementPage kind="accessibility" />;
