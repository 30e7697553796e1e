import {
  Button,
  Heading2,
  Heading3,
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
import type { LedgerPeriodKind, MirrorFigure as FigureKey } from '@klussenbank/domain';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { SelectField, TextField } from '../../shared/form-fields';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import type { Me } from '../auth/auth-api';
import { useMe } from '../auth/useMe';
import { recentPeriods } from '../ledger/ledger-routes';
import { organisationsQuery, partnershipsQuery } from '../tasks/task-api';
import { BarChart } from './BarChart';
import './mirror.css';
import {
  type MirrorFigure,
  type MirrorReport,
  type MirrorScopeKind,
  type MirrorTable,
  mirrorCsvUrl,
  mirrorQuery,
} from './mirror-api';
import {
  canSeeMirror,
  canSeeOrganisationMirror,
  type MirrorFilters,
  mirrorPeriod,
  mirrorUrl,
  parseMirrorFilters,
} from './mirror-routes';

interface Ref {
  id: string;
  name: string;
}

/** The key figures in the groups the page shows them in. */
const GROUPS: {
  key: 'klussen' | 'hours' | 'participation' | 'learning' | 'evaluations' | 'dossiers';
  figures: FigureKey[];
}[] = [
  {
    key: 'klussen',
    figures: [
      'posted',
      'claimed',
      'completed',
      'expired',
      'cancelled',
      'shareFilled',
      'medianHoursToFirstClaim',
    ],
  },
  { key: 'hours', figures: ['hoursGiven', 'hoursReceived', 'internalHours'] },
  {
    key: 'participation',
    figures: ['participants', 'participationShare', 'newParticipants', 'functions', 'organisations'],
  },
  { key: 'learning', figures: ['demonstratedSkills', 'learningKlussen'] },
  { key: 'evaluations', figures: ['evaluations', 'averageScore'] },
  { key: 'dossiers', figures: ['activeDossiers', 'completedDossiers', 'checkpointsHeld'] },
];

const SHARES = new Set<FigureKey>(['shareFilled', 'participationShare']);

/**
 * /spiegel: the quarterly mirror of an organisation or partnership — what the cooperation delivered
 * in a period, against the period before. Printable (A4) for the council or the board.
 */
export function MirrorPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(t('mirror.title'));
  return (
    <>
      <PageHeading>{t('mirror.title')}</PageHeading>
      {canSeeMirror(me) ? <MirrorView me={me} /> : <Paragraph>{t('mirror.nobody')}</Paragraph>}
    </>
  );
}

function MirrorView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const asked = parseMirrorFilters(searchParams);
  const leader = canSeeOrganisationMirror(me.roles);
  const platform = me.roles.includes('platform-admin');
  const organisations = useApiData(platform ? organisationsQuery() : null);
  const allPartnerships = useApiData(platform ? partnershipsQuery() : null);
  const partnerships: Ref[] = platform ? (allPartnerships.data?.items ?? []) : me.partnerships;
  // Without a choice: a leader's own organisation, anyone else's first partnership.
  const filters: MirrorFilters = asked.id
    ? asked
    : leader
      ? { ...asked, kind: 'organisation', id: me.organisation.id }
      : { ...asked, kind: 'partnership', id: me.partnerships[0]?.id ?? '' };
  const period = mirrorPeriod(filters);
  const scopes: { kind: MirrorScopeKind; ref: Ref }[] = [
    ...(platform
      ? (organisations.data?.items ?? []).map((ref) => ({ kind: 'organisation' as const, ref }))
      : leader
        ? [{ kind: 'organisation' as const, ref: { id: me.organisation.id, name: me.organisation.name } }]
        : []),
    ...partnerships.map((ref) => ({ kind: 'partnership' as const, ref })),
  ];

  return (
    <>
      <Paragraph appearance="lead" className="kb-no-print">
        {t('mirror.intro')}
      </Paragraph>
      <MirrorFilterForm key={`${filters.type}-${scopes.length}`} filters={filters} scopes={scopes} />
      {!period ? (
        <Paragraph role="alert">{t('mirror.choosePeriod')}</Paragraph>
      ) : (
        <Report kind={filters.kind} id={filters.id} period={period} />
      )}
    </>
  );
}

function MirrorFilterForm({
  filters,
  scopes,
}: {
  filters: MirrorFilters;
  scopes: { kind: MirrorScopeKind; ref: Ref }[];
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
    const [kind, id] = value('scope').split(':');
    void navigate(
      mirrorUrl({
        kind: kind === 'partnership' ? 'partnership' : 'organisation',
        id: id ?? '',
        type,
        period: value('period'),
        from: value('from'),
        to: value('to'),
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
      aria-label={t('mirror.filters')}
      className="kb-filters kb-ledger-filters kb-no-print"
      onSubmit={submit}
    >
      <SelectField
        id="mirror-scope"
        name="scope"
        label={t('mirror.scope')}
        defaultValue={`${filters.kind}:${filters.id}`}
      >
        {scopes.map((scope) => (
          <SelectOption key={`${scope.kind}:${scope.ref.id}`} value={`${scope.kind}:${scope.ref.id}`}>
            {t(`mirror.scopeKinds.${scope.kind}`, { name: scope.ref.name })}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        id="mirror-type"
        name="type"
        label={t('ledger.periodType')}
        value={type}
        onChange={(event) => setType(event.currentTarget.value as LedgerPeriodKind)}
      >
        {(['quarter', 'month', 'year', 'custom'] as const).map((kind) => (
          <SelectOption key={kind} value={kind}>
            {t(`ledger.periodTypes.${kind}`)}
          </SelectOption>
        ))}
      </SelectField>
      {type === 'custom' ? (
        <>
          <TextField
            id="mirror-from"
            name="from"
            type="date"
            label={t('ledger.from')}
            defaultValue={filters.from}
          />
          <TextField id="mirror-to" name="to" type="date" label={t('ledger.to')} defaultValue={filters.to} />
        </>
      ) : (
        <SelectField
          key={`period-${type}`}
          id="mirror-period"
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
      <Button type="submit" appearance="primary-action-button">
        {t('mirror.show')}
      </Button>
    </form>
  );
}

function Report({ kind, id, period }: { kind: MirrorScopeKind; id: string; period: string }) {
  const { t } = useTranslation();
  const report = useApiData(id ? mirrorQuery(kind, id, period) : null);
  const data = report.data;
  if (!id) return <Paragraph>{t('mirror.nobody')}</Paragraph>;
  if (!data)
    return report.loading ? (
      <LoadingState text={t('mirror.loading')} />
    ) : (
      <LoadError error={report.error} onRetry={report.reload} />
    );
  return <ReportView report={data} />;
}

function ReportView({ report }: { report: MirrorReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const csv = (table: MirrorTable) =>
    mirrorCsvUrl(report.scope.kind, report.scope.id, report.period.label, table);
  const full = report.detail === 'full';
  const hours = (value: number) => t('mirror.hoursValue', { hours: format.number(value) });
  const busiest = [...report.hours].sort((a, b) => b.given + b.received - (a.given + a.received))[0];
  const biggestGap = report.skills[0];

  return (
    <article className="kb-mirror" aria-labelledby="mirror-report-title">
      <header className="kb-mirror__header">
        <Heading2 id="mirror-report-title">
          {t('mirror.reportTitle', { name: report.scope.name, period: report.period.label })}
        </Heading2>
        <Paragraph>
          {t('mirror.reportPeriod', {
            from: format.date(report.period.from),
            to: format.date(report.period.to),
          })}{' '}
          {report.previousPeriod && t('mirror.comparedWith', { period: report.previousPeriod.label })}
        </Paragraph>
        {!full && <Paragraph>{t('mirror.totalsOnly')}</Paragraph>}
        <Paragraph className="kb-no-print">
          <Button appearance="secondary-action-button" onClick={() => window.print()}>
            {t('mirror.print')}
          </Button>
        </Paragraph>
      </header>

      <section aria-labelledby="mirror-figures" className="kb-mirror__section">
        <Heading2 id="mirror-figures">{t('mirror.keyFigures')}</Heading2>
        {GROUPS.map((group) => (
          <div key={group.key} className="kb-mirror__group">
            <Heading3>{t(`mirror.groups.${group.key}`)}</Heading3>
            <ul className="kb-mirror-figures">
              {group.figures.map((key) => {
                const figure = report.figures.find((f) => f.key === key);
                return figure ? (
                  <FigureCard key={key} figure={figure} previous={report.previousPeriod?.label} />
                ) : null;
              })}
            </ul>
          </div>
        ))}
        <CsvLink href={csv('figures')} label={t('mirror.tables.figures')} />
      </section>

      <section aria-labelledby="mirror-hours" className="kb-mirror__section">
        <Heading2 id="mirror-hours">{t('mirror.hours')}</Heading2>
        {report.hours.length === 0 ? (
          <Paragraph className="kb-empty">{t('mirror.noHours')}</Paragraph>
        ) : (
          <>
            <Chart
              title={t('mirror.hoursChart')}
              summary={
                busiest
                  ? t('mirror.hoursSummary', {
                      organisation: busiest.organisation.name,
                      given: format.number(busiest.given),
                      received: format.number(busiest.received),
                    })
                  : ''
              }
            >
              <BarChart
                summary={t('mirror.hoursChart')}
                series={[
                  { label: t('mirror.given'), style: 'solid' },
                  { label: t('mirror.received'), style: 'hatched' },
                ]}
                rows={report.hours.map((h) => ({
                  label: h.organisation.name,
                  values: [h.given, h.received],
                }))}
                format={format.number}
              />
            </Chart>
            <DataTable
              caption={t('mirror.tables.hours')}
              csv={csv('hours')}
              headers={[
                t('mirror.organisation'),
                t('mirror.given'),
                t('mirror.received'),
                t('mirror.internal'),
              ]}
              rows={report.hours.map((h) => [
                h.organisation.name,
                hours(h.given),
                hours(h.received),
                hours(h.internal),
              ])}
            />
          </>
        )}
        <Heading3>{t('mirror.matrix')}</Heading3>
        {report.matrix.length === 0 ? (
          <Paragraph className="kb-empty">{t('mirror.noHours')}</Paragraph>
        ) : (
          <DataTable
            caption={t('mirror.tables.matrix')}
            csv={csv('matrix')}
            headers={[
              t('mirror.giving'),
              t('mirror.receiving'),
              t('mirror.hoursColumn'),
              t('mirror.disputed'),
            ]}
            rows={report.matrix.map((c) => [
              c.giving.name,
              c.receiving.name,
              hours(c.hours),
              hours(c.disputedHours),
            ])}
          />
        )}
      </section>

      <section aria-labelledby="mirror-skills" className="kb-mirror__section">
        <Heading2 id="mirror-skills">{t('mirror.skills')}</Heading2>
        {report.skills.length === 0 ? (
          <Paragraph className="kb-empty">{t('mirror.noSkills')}</Paragraph>
        ) : (
          <>
            <Chart
              title={t('mirror.skillsChart')}
              summary={
                biggestGap
                  ? t('mirror.skillsSummary', {
                      skill: biggestGap.skill,
                      asked: biggestGap.asked,
                      available: biggestGap.available,
                    })
                  : ''
              }
            >
              <BarChart
                summary={t('mirror.skillsChart')}
                series={[
                  { label: t('mirror.asked'), style: 'solid' },
                  { label: t('mirror.available'), style: 'hatched' },
                ]}
                rows={report.skills.map((s) => ({ label: s.skill, values: [s.asked, s.available] }))}
                format={format.number}
              />
            </Chart>
            <DataTable
              caption={t('mirror.tables.skills')}
              csv={csv('skills')}
              headers={[t('mirror.skill'), t('mirror.asked'), t('mirror.available'), t('mirror.gap')]}
              rows={report.skills.map((s) => [
                s.skill,
                format.number(s.asked),
                format.number(s.available),
                `${s.gap > 0 ? '+' : ''}${format.number(s.gap)}`,
              ])}
            />
          </>
        )}
      </section>

      {full && (
        <section aria-labelledby="mirror-people" className="kb-mirror__section">
          <Heading2 id="mirror-people">{t('mirror.functions')}</Heading2>
          <Paragraph>{t('mirror.smallGroups')}</Paragraph>
          {report.functions.length === 0 ? (
            <Paragraph className="kb-empty">{t('mirror.noFunctions')}</Paragraph>
          ) : (
            <DataTable
              caption={t('mirror.tables.functions')}
              csv={csv('functions')}
              headers={[t('mirror.function'), t('mirror.participantsColumn')]}
              rows={report.functions.map((f) => [f.jobTitle, format.number(f.people)])}
            />
          )}
          {report.suppressedFunctions > 0 && (
            <Paragraph>{t('mirror.suppressed', { count: report.suppressedFunctions })}</Paragraph>
          )}
        </section>
      )}

      {full && (
        <section aria-labelledby="mirror-evaluations" className="kb-mirror__section">
          <Heading2 id="mirror-evaluations">{t('mirror.evaluationTexts')}</Heading2>
          {report.evaluationTexts.length === 0 ? (
            <Paragraph className="kb-empty">{t('mirror.noEvaluations')}</Paragraph>
          ) : (
            <>
              <ul className="kb-mirror-quotes">
                {report.evaluationTexts.map((e, i) => (
                  <li key={i}>
                    <span className="kb-mirror-quotes__score">{t('mirror.score', { score: e.score })}</span>
                    {e.wentWell && <Paragraph>{t('mirror.wentWell', { text: e.wentWell })}</Paragraph>}
                    {e.couldBeBetter && (
                      <Paragraph>{t('mirror.couldBeBetter', { text: e.couldBeBetter })}</Paragraph>
                    )}
                  </li>
                ))}
              </ul>
              <CsvLink href={csv('evaluations')} label={t('mirror.tables.evaluations')} />
            </>
          )}
        </section>
      )}

      {full && (
        <section aria-labelledby="mirror-dossiers" className="kb-mirror__section">
          <Heading2 id="mirror-dossiers">{t('mirror.dossierTeams')}</Heading2>
          {report.dossierTeams.length === 0 ? (
            <Paragraph className="kb-empty">{t('mirror.noDossiers')}</Paragraph>
          ) : (
            <DataTable
              caption={t('mirror.tables.dossier-teams')}
              csv={csv('dossier-teams')}
              headers={[t('mirror.organisation'), t('mirror.dossiersColumn'), t('mirror.members')]}
              rows={report.dossierTeams.map((d) => [
                d.organisation.name,
                format.number(d.dossiers),
                format.number(d.members),
              ])}
            />
          )}
        </section>
      )}
    </article>
  );
}

function FigureCard({ figure, previous }: { figure: MirrorFigure; previous: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (n: number | null) => {
    if (n === null) return t('mirror.noValue');
    if (SHARES.has(figure.key)) return `${format.number(Math.round(n * 1000) / 10)}%`;
    if (figure.key === 'medianHoursToFirstClaim') return t('mirror.hoursValue', { hours: format.number(n) });
    return format.number(n);
  };
  const difference = (n: number) => {
    const abs = Math.abs(n);
    if (SHARES.has(figure.key))
      return t('mirror.points', { points: format.number(Math.round(abs * 1000) / 10) });
    return value(abs);
  };
  const arrow = { up: '▲', down: '▼', same: '=', new: '•', none: '–' }[figure.direction];
  const comparison =
    figure.direction === 'up' || figure.direction === 'down'
      ? t(`mirror.direction.${figure.direction}`, {
          difference: difference(figure.difference ?? 0),
          previous,
        })
      : t(`mirror.direction.${figure.direction}`, { previous });
  return (
    <li className="kb-mirror-figure" data-figure={figure.key}>
      <span className="kb-mirror-figure__label">{t(`mirror.figures.${figure.key}`)}</span>
      <span className="kb-mirror-figure__value">{value(figure.current)}</span>
      <span className={`kb-mirror-figure__change kb-mirror-figure__change--${figure.direction}`}>
        <span aria-hidden="true">{arrow} </span>
        {comparison}
      </span>
    </li>
  );
}

function Chart({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="kb-chart">
      <figcaption>
        <span className="kb-chart__title">{title}</span>
        <span className="kb-chart__summary">{summary}</span>
      </figcaption>
      {children}
    </figure>
  );
}

function CsvLink({ href, label }: { href: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph className="kb-no-print">
      <a className="utrecht-link" href={href} download>
        {t('mirror.downloadCsv', { table: label })}
      </a>
    </Paragraph>
  );
}

function DataTable({
  caption,
  headers,
  rows,
  csv,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  csv: string;
}) {
  const captionId = useId();
  return (
    <>
      <div className="kb-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="kb-ledger-table kb-mirror-table">
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {headers.map((header) => (
                <TableHeaderCell key={header} scope="col">
                  {header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <TableHeaderCell key={c} scope="row">
                      {cell}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={c} className="kb-number">
                      {cell}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <CsvLink href={csv} label={caption} />
    </>
  );
}
