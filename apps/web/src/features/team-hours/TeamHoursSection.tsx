import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { DATE_INPUT_MAX, DATE_INPUT_MIN } from '../../shared/dates';
import { TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';

const PAGE_SIZE = 20;
const ids = { heading: 'team-hours-heading', caption: 'team-hours-caption' };

/**
 * "Uren van mijn team" on Mijn gegevens: the hours recorded for the people whose line manager I am,
 * newest completion day first. The API answers an empty page for who is nobody's line manager.
 */
export function TeamHoursSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [periodError, setPeriodError] = useState<string | undefined>();
  const toInput = useRef<HTMLInputElement>(null);
  const entries = useApiData(
    apiQuery('/ledger/team-hours', { params: { query: { ...period, page, pageSize: PAGE_SIZE } } }),
  );

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const text = form.get(name);
      return typeof text === 'string' && text !== '' ? text : undefined;
    };
    const from = value('from');
    const to = value('to');
    if (from && to && to < from) {
      flushSync(() => setPeriodError(t('teamHours.toBeforeFrom')));
      toInput.current?.focus();
      return;
    }
    setPeriodError(undefined);
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    setPage(1);
  };
  const pageCount = entries.data ? Math.ceil(entries.data.total / PAGE_SIZE) : 1;

  return (
    <section className="kb-section" aria-labelledby={ids.heading}>
      <Heading2 id={ids.heading}>{t('teamHours.heading')}</Heading2>
      <Paragraph>{t('teamHours.intro')}</Paragraph>
      <form onSubmit={filter} noValidate>
        <Fieldset className="kb-fieldset" invalid={Boolean(periodError)}>
          <FieldsetLegend>{t('teamHours.period')}</FieldsetLegend>
          <div className="kb-field-row">
            <TextField
              id="team-hours-from"
              name="from"
              type="date"
              label={t('teamHours.from')}
              min={DATE_INPUT_MIN}
              max={DATE_INPUT_MAX}
            />
            <TextField
              id="team-hours-to"
              name="to"
              type="date"
              label={t('teamHours.to')}
              min={DATE_INPUT_MIN}
              max={DATE_INPUT_MAX}
              inputRef={toInput}
              error={periodError}
            />
          </div>
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            {t('teamHours.show')}
          </Button>
        </ButtonGroup>
      </form>
      {entries.data ? (
        entries.data.items.length === 0 ? (
          <Paragraph className="kb-empty">{t('teamHours.empty')}</Paragraph>
        ) : (
          <>
            <div className="kb-table-scroll" tabIndex={0} role="region" aria-labelledby={ids.caption}>
              <Table>
                <TableCaption id={ids.caption} className="kb-visually-hidden">
                  {t('teamHours.caption', { page, pageCount })}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('teamHours.person')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('teamHours.task')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('teamHours.date')}</TableHeaderCell>
                    <TableHeaderCell scope="col" numericColumn>
                      {t('teamHours.hours')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t('teamHours.state')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {entries.data.items.map((entry) => (
                    <TableRow key={entry.id}>
                      <TableHeaderCell scope="row">{entry.person.name}</TableHeaderCell>
                      <TableCell>
                        <RouterLink to={`/klussen/${entry.task.id}`}>{entry.task.title}</RouterLink>{' '}
                        <span className="kb-team-hours__organisation">
                          {entry.internal
                            ? t('teamHours.internal')
                            : t('teamHours.forOrganisation', { name: entry.receiving.name })}
                        </span>
                      </TableCell>
                      <TableCell>{format.date(entry.entryDate)}</TableCell>
                      <TableCell numericColumn>{format.number(entry.hours)}</TableCell>
                      <TableCell>
                        {t(`teamHours.states.${entry.state}`)}
                        {entry.kind !== 'original' && ` (${t(`teamHours.kinds.${entry.kind}`)})`}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {pageCount > 1 && (
              <ButtonGroup>
                <Button appearance="subtle-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t('teamHours.previous')}
                </Button>
                <span>{t('teamHours.pageOf', { page, pageCount })}</span>
                <Button
                  appearance="subtle-button"
                  disabled={page >= pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  {t('teamHours.next')}
                </Button>
              </ButtonGroup>
            )}
          </>
        )
      ) : entries.loading ? (
        <LoadingState text={t('teamHours.loading')} />
      ) : (
        <LoadError error={entries.error} onRetry={entries.reload} />
      )}
    </section>
  );
}
