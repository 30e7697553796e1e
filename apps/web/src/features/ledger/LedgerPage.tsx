import {
  Button,
  Heading2,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { LedgerPeriodKind } from '@klussenbank/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RadioGroup, SelectField, TextField } from '../../shared/form-fields';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { Me } from '../auth/auth-api';
import { useMe } from '../auth/useMe';
import { organisationsQuery, partnershipsQuery } from '../tasks/task-api';
import {
  balancesQuery,
  type CsvDelimiter,
  type LedgerBalance,
  LEDGER_PAGE_SIZE,
  type LedgerPair,
  matrixQuery,
  pairTasksQuery,
  partnershipQuery,
  settlementUrl,
} from './ledger-api';
import {
  canSeeLedger,
  filterPeriod,
  type LedgerFilters,
  ledgerUrl,
  parseLedgerFilters,
  recentPeriods,
} from './ledger-routes';

interface Ref {
  id: string;
  name: string;
}

/**
 * /uren: the hours organisations gave each other through klussen — balances, the pair matrix (rows
 * give, columns receive) with the klussen behind each cell, and a partnership's settlement as CSV.
 */
export function LedgerPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(t('ledger.title'));
  return (
    <>
      <PageHeading>{t('ledger.title')}</PageHeading>
      {canSeeLedger(me.roles) ? <LedgerView me={me} /> : <Paragraph>{t('ledger.adminsOnly')}</Paragraph>}
    </>
  );
}

function LedgerView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const filters = parseLedgerFilters(searchParams);
  const period = filterPeriod(filters);
  const platform = me.roles.includes('platform-admin');
  const allPartnerships = useApiData(platform ? partnershipsQuery() : null);
  const organisations = useApiData(platform ? organisationsQuery() : null);
  const partnerships: Ref[] = platform ? (allPartnerships.data?.items ?? []) : me.partnerships;
  const scope = period
    ? { ...period, ...(filters.partnershipId ? { partnershipId: filters.partnershipId } : {}) }
    : null;

  return (
    <>
      <Paragraph appearance="lead">{t('ledger.intro')}</Paragraph>
      <Paragraph>
        {platform ? t('ledger.scopeAll') : t('ledger.scopeOwn', { organisation: me.organisation.name })}
      </Paragraph>
      <LedgerFilterForm
        // A new kind of period in the URL (back, a shared link) starts the form afresh.
        key={filters.type}
        filters={filters}
        partnerships={partnerships}
        organisations={platform ? (organisations.data?.items ?? []) : null}
      />
      {!scope ? (
        <Paragraph role="alert">{t('ledger.errors.endBeforeStart')}</Paragraph>
      ) : (
        <>
          <Balances scope={scope} organisationId={platform ? filters.organisationId : ''} />
          <Matrix filters={filters} scope={scope} organisationId={platform ? filters.organisationId : ''} />
          {filters.giving && filters.receiving && <PairTasks filters={filters} scope={scope} />}
          <Settlement filters={filters} period={scope} />
        </>
      )}
    </>
  );
}

function LedgerFilterForm({
  filters,
  partnerships,
  organisations,
}: {
  filters: LedgerFilters;
  partnerships: Ref[];
  organisations: Ref[] | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [type, setType] = useState<LedgerPeriodKind>(filters.type);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : '';
    };
    void navigate(
      ledgerUrl({
        type,
        period: value('period'),
        from: value('from'),
        to: value('to'),
        partnershipId: value('partnershipId'),
        organisationId: value('organisationId'),
      }),
    );
  };

  const periodLabel = (label: string) => {
    if (type === 'quarter')
      return t('ledger.quarterLabel', { year: label.slice(0, 4), quarter: label.slice(6) });
    if (type === 'month')
      return new Intl.DateTimeFormat(t('ledger.locale'), {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${label}-01T00:00:00Z`));
    return label;
  };

  return (
    <form
      role="search"
      aria-label={t('ledger.filters')}
      className="kb-filters kb-ledger-filters"
      onSubmit={submit}
    >
      <SelectField
        id="ledger-type"
        name="type"
        label={t('ledger.periodType')}
        value={type}
        onChange={(event) => setType(event.currentTarget.value as LedgerPeriodKind)}
      >
        {(['month', 'quarter', 'year', 'custom'] as const).map((kind) => (
          <SelectOption key={kind} value={kind}>
            {t(`ledger.periodTypes.${kind}`)}
          </SelectOption>
        ))}
      </SelectField>
      {type === 'custom' ? (
        <>
          <TextField
            id="ledger-from"
            name="from"
            type="date"
            label={t('ledger.from')}
            defaultValue={filters.from}
          />
          <TextField id="ledger-to" name="to" type="date" label={t('ledger.to')} defaultValue={filters.to} />
        </>
      ) : (
        <SelectField
          key={`period-${type}-${filters.period}`}
          id="ledger-period"
          name="period"
          label={t('ledger.period')}
          defaultValue={filters.type === type ? filters.period : undefined}
        >
          {recentPeriods(type).map((period) => (
            <SelectOption key={period.label} value={period.label}>
              {periodLabel(period.label)}
            </SelectOption>
          ))}
        </SelectField>
      )}
      <SelectField
        key={`partnerships-${partnerships.length}-${filters.partnershipId}`}
        id="ledger-partnership"
        name="partnershipId"
        label={t('ledger.partnership')}
        defaultValue={filters.partnershipId}
      >
        <SelectOption value="">{t('ledger.noPartnership')}</SelectOption>
        {partnerships.map((partnership) => (
          <SelectOption key={partnership.id} value={partnership.id}>
            {partnership.name}
          </SelectOption>
        ))}
      </SelectField>
      {organisations && (
        <SelectField
          key={`organisations-${organisations.length}-${filters.organisationId}`}
          id="ledger-organisation"
          name="organisationId"
          label={t('ledger.organisation')}
          defaultValue={filters.organisationId}
        >
          <SelectOption value="">{t('ledger.allOrganisations')}</SelectOption>
          {organisations.map((organisation) => (
            <SelectOption key={organisation.id} value={organisation.id}>
              {organisation.name}
            </SelectOption>
          ))}
        </SelectField>
      )}
      <Button type="submit" appearance="primary-action-button">
        {t('ledger.show')}
      </Button>
    </form>
  );
}

interface ScopeProps {
  scope: { from?: string; to?: string; label?: string; partnershipId?: string };
}

function Balances({ scope, organisationId }: ScopeProps & { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const balances = useApiData(balancesQuery({ ...scope, organisationId }));
  const captionId = useId();
  const data = balances.data;
  return (
    <section aria-labelledby={`${captionId}-heading`}>
      <Heading2 id={`${captionId}-heading`}>{t('ledger.balances')}</Heading2>
      {!data ? (
        balances.loading ? (
          <LoadingState text={t('ledger.loading')} />
        ) : (
          <LoadError error={balances.error} onRetry={balances.reload} />
        )
      ) : data.items.length === 0 ? (
        <Paragraph className="kb-empty">{t('ledger.empty')}</Paragraph>
      ) : (
        <div className="kb-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="kb-ledger-table">
            <TableCaption id={captionId}>{t('ledger.balancesCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('ledger.organisationColumn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ledger.given')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ledger.received')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ledger.net')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ledger.disputed')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((balance: LedgerBalance) => (
                <TableRow key={balance.organisation.id}>
                  <TableHeaderCell scope="row">{balance.organisation.name}</TableHeaderCell>
                  <TableCell className="kb-number">{format.number(balance.given)}</TableCell>
                  <TableCell className="kb-number">{format.number(balance.received)}</TableCell>
                  <TableCell className="kb-number">
                    {balance.net > 0 ? '+' : ''}
                    {format.number(balance.net)}
                  </TableCell>
                  <TableCell className="kb-number">
                    {balance.disputedGiven + balance.disputedReceived === 0
                      ? format.number(0)
                      : t('ledger.disputedBoth', {
                          given: format.number(balance.disputedGiven),
                          received: format.number(balance.disputedReceived),
                        })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function Matrix({
  filters,
  scope,
  organisationId,
}: ScopeProps & { filters: LedgerFilters; organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matrix = useApiData(matrixQuery(scope));
  const captionId = useId();
  const data = matrix.data;
  const cells = (data?.items ?? []).filter(
    (c) => !organisationId || c.giving.id === organisationId || c.receiving.id === organisationId,
  );
  const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name, 'nl');
  const unique = (refs: Ref[]) => [...new Map(refs.map((r) => [r.id, r])).values()].sort(byName);
  const rows = unique(cells.map((c) => c.giving));
  const columns = unique(cells.map((c) => c.receiving));
  const cell = (giving: string, receiving: string): LedgerPair | undefined =>
    cells.find((c) => c.giving.id === giving && c.receiving.id === receiving);

  return (
    <section aria-labelledby={`${captionId}-heading`}>
      <Heading2 id={`${captionId}-heading`}>{t('ledger.matrix')}</Heading2>
      <Paragraph>{t('ledger.matrixHelp')}</Paragraph>
      {!data ? (
        matrix.loading ? (
          <LoadingState text={t('ledger.loading')} />
        ) : (
          <LoadError error={matrix.error} onRetry={matrix.reload} />
        )
      ) : cells.length === 0 ? (
        <Paragraph className="kb-empty">{t('ledger.empty')}</Paragraph>
      ) : (
        <>
          <div className="kb-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <Table className="kb-ledger-table kb-ledger-matrix">
              <TableCaption id={captionId}>{t('ledger.matrixCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('ledger.givesReceives')}</TableHeaderCell>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.id} scope="col">
                      {column.name}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
                    {columns.map((column) => {
                      const pair = cell(row.id, column.id);
                      if (!pair || (pair.hours === 0 && pair.disputedHours === 0)) {
                        return (
                          <TableCell key={column.id} className="kb-number">
                            <span aria-hidden="true">–</span>
                            <span className="kb-visually-hidden">{t('ledger.noHours')}</span>
                          </TableCell>
                        );
                      }
                      const open = filters.giving === row.id && filters.receiving === column.id;
                      return (
                        <TableCell key={column.id} className="kb-number">
                          <RouterLink
                            to={ledgerUrl({ ...filters, giving: row.id, receiving: column.id, page: 1 })}
                            aria-current={open ? 'true' : undefined}
                          >
                            {format.number(pair.hours)}{' '}
                            <span className="kb-visually-hidden">
                              {t('ledger.cellLabel', { giving: row.name, receiving: column.name })}
                            </span>
                          </RouterLink>
                          {pair.disputedHours > 0 && (
                            <span className="kb-ledger-disputed">
                              {' '}
                              {t('ledger.cellDisputed', { hours: format.number(pair.disputedHours) })}
                            </span>
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {data.total > LEDGER_PAGE_SIZE && (
            <Paragraph>{t('ledger.tooMany', { count: LEDGER_PAGE_SIZE })}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}

function PairTasks({ filters, scope }: ScopeProps & { filters: LedgerFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tasks = useApiData(
    pairTasksQuery(filters.giving, filters.receiving, { ...scope, page: filters.page }),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const captionId = useId();
  // Opening a cell moves focus to what it opened, so a keyboard or screen reader user lands on it.
  useEffect(() => heading.current?.focus(), [filters.giving, filters.receiving]);
  const data = tasks.data;
  const closeUrl = ledgerUrl({ ...filters, giving: '', receiving: '' });
  return (
    <section aria-labelledby={`${captionId}-heading`} className="kb-ledger-pair">
      <Heading2 id={`${captionId}-heading`} ref={heading} tabIndex={-1}>
        {data
          ? t('ledger.pairHeading', { giving: data.giving.name, receiving: data.receiving.name })
          : t('ledger.pairHeadingLoading')}
      </Heading2>
      {!data ? (
        tasks.loading ? (
          <LoadingState text={t('ledger.loading')} />
        ) : (
          <LoadError error={tasks.error} onRetry={tasks.reload} />
        )
      ) : data.items.length === 0 ? (
        <Paragraph className="kb-empty">{t('ledger.pairEmpty')}</Paragraph>
      ) : (
        <>
          <div className="kb-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <Table className="kb-ledger-table">
              <TableCaption id={captionId}>
                {t('ledger.pairCaption', { giving: data.giving.name, receiving: data.receiving.name })}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('ledger.task')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ledger.hours')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ledger.date')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ledger.entries')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((item) => (
                  <TableRow key={item.task.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/klussen/${item.task.id}`}>{item.task.title}</RouterLink>
                    </TableHeaderCell>
                    <TableCell className="kb-number">
                      {format.number(item.hours)}
                      {item.disputedHours > 0 &&
                        ` ${t('ledger.cellDisputed', { hours: format.number(item.disputedHours) })}`}
                    </TableCell>
                    <TableCell>{format.date(item.lastDate)}</TableCell>
                    <TableCell>
                      <ul className="kb-ledger-entries">
                        {item.entries.map((entry) => (
                          <li key={entry.id}>
                            {t('ledger.entry', {
                              hours: format.number(entry.hours),
                              state: t(`ledger.states.${entry.state}`),
                              kind: t(`ledger.kinds.${entry.kind}`),
                            })}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            to={(page) => ledgerUrl({ ...filters, page })}
          />
        </>
      )}
      <Paragraph>
        <RouterLink to={closeUrl}>{t('ledger.closePair')}</RouterLink>
      </Paragraph>
    </section>
  );
}

function Settlement({
  filters,
  period,
}: {
  filters: LedgerFilters;
  period: { from?: string; to?: string; label?: string };
}) {
  const { t } = useTranslation();
  const [delimiter, setDelimiter] = useState<CsvDelimiter>('semicolon');
  const partnership = useApiData(filters.partnershipId ? partnershipQuery(filters.partnershipId) : null);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kb-ledger-settlement">
      <Heading2 id={headingId}>{t('ledger.settlement')}</Heading2>
      {!filters.partnershipId ? (
        <Paragraph>{t('ledger.settlementNeedsPartnership')}</Paragraph>
      ) : !period.label ? (
        <Paragraph>{t('ledger.settlementNeedsPeriod')}</Paragraph>
      ) : (
        <>
          {partnership.data &&
            (partnership.data.hourRate === null ? (
              <Paragraph>{t('ledger.noRate')}</Paragraph>
            ) : (
              <Paragraph>
                {t('ledger.rate', {
                  rate: new Intl.NumberFormat(t('ledger.locale'), {
                    style: 'currency',
                    currency: 'EUR',
                  }).format(partnership.data.hourRate),
                })}
              </Paragraph>
            ))}
          <RadioGroup
            id="ledger-delimiter"
            name="delimiter"
            legend={t('ledger.delimiter')}
            value={delimiter}
            onChange={setDelimiter}
            options={[
              { value: 'semicolon', label: t('ledger.delimiters.semicolon') },
              { value: 'comma', label: t('ledger.delimiters.comma') },
            ]}
          />
          <Paragraph>
            <a
              className="utrecht-link"
              href={settlementUrl(filters.partnershipId, period, delimiter)}
              download
            >
              {t('ledger.download', { period: period.label })}
            </a>
          </Paragraph>
        </>
      )}
    </section>
  );
}
