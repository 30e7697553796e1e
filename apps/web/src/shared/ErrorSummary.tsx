import { Alert, Heading2, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field's control (or of its fieldset); none for errors that belong to no field. */
  target?: string;
  text: string;
}

/**
 * All problems at once, above the form, each linking to its field. It takes focus after a failed
 * submit; its alert role makes sure it is read out as well.
 */
export function ErrorSummary({
  items,
  summaryRef,
}: {
  items: SummaryItem[];
  summaryRef: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const focusField = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    // A row without a field of its own (a learning goal) points at its button.
    const control = element.matches('input, select, textarea, button')
      ? element
      : element.querySelector<HTMLElement>('input:checked, input, select, textarea');
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="kb-error-summary">
      <Alert type="error" role="alert">
        <Heading2 id="error-summary-heading">{t('taskForm.errorSummary', { count: items.length })}</Heading2>
        <UnorderedList>
          {items.map((item, index) => (
            <UnorderedListItem key={index}>
              {item.target ? (
                <Link href={`#${item.target}`} onClick={focusField(item.target)}>
                  {item.text}
                </Link>
              ) : (
                item.text
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
