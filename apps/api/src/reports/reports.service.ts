import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  comparePeriods,
  type HourFlow,
  isInternal,
  lastCompleteQuarter,
  type LedgerPeriod,
  medianHoursToFirstClaim,
  MIRROR_FIGURES,
  type MirrorFigure,
  mirrorAccess,
  type MirrorDetail,
  type MirrorScope,
  pairMatrix,
  parseLedgerPeriod,
  participationShare,
  previousPeriod,
  rankSkillGap,
  share,
  suppressSmallGroups,
} from '@klussenbank/domain';
import { ProblemException } from '../common/problem/problem.js';
import type { Language } from '../common/problem/messages.js';
import type { MirrorReportDto } from './dto/mirror.dto.js';
import { type Days, type MirrorSql, ReportsRepository } from './reports.repository.js';

const EVALUATION_TEXTS = 50;
const round2 = (value: number) => Math.round(value * 100) / 100;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** How each figure is compared: decimals of its difference. */
const DECIMALS: Partial<Record<MirrorFigure, number>> = {
  shareFilled: 3,
  participationShare: 3,
  medianHoursToFirstClaim: 1,
  averageScore: 2,
  hoursGiven: 2,
  hoursReceived: 2,
  internalHours: 2,
};

/** The quarterly mirror: figures of an organisation or partnership in a period, against the period before. */
@Injectable()
export class ReportsService {
  constructor(@Inject(ReportsRepository) private readonly reports: ReportsRepository) {}

  period(value: string | undefined): LedgerPeriod {
    if (value === undefined) return lastCompleteQuarter(today());
    const period = parseLedgerPeriod(value);
    if (!period) throw ProblemException.badRequest([{ name: 'period', key: 'invalid-period' }]);
    return period;
  }

  async organisationReport(
    actor: Actor,
    organisationId: string,
    periodText: string | undefined,
    language: Language,
  ): Promise<MirrorReportDto> {
    const organisation = await this.reports.organisation(organisationId);
    if (!organisation) throw ProblemException.notFound('not-found.organisation');
    const detail = this.access(actor, { kind: 'organisation', organisationId });
    return this.report(
      { kind: 'organisation', ...organisation },
      { organisationIds: [organisationId], pairs: 'either', partnershipId: null },
      detail,
      this.period(periodText),
      language,
    );
  }

  async partnershipReport(
    actor: Actor,
    partnershipId: string,
    periodText: string | undefined,
    language: Language,
  ): Promise<MirrorReportDto> {
    const partnership = await this.reports.partnership(partnershipId);
    if (!partnership) throw ProblemException.notFound('not-found.partnership');
    const detail = this.access(actor, {
      kind: 'partnership',
      partnershipId,
      memberOrganisationIds: partnership.memberOrganisationIds,
    });
    return this.report(
      { kind: 'partnership', id: partnership.id, name: partnership.name },
      { organisationIds: partnership.memberOrganisationIds, pairs: 'both', partnershipId },
      detail,
      this.period(periodText),
      language,
    );
  }

  private access(actor: Actor, scope: MirrorScope): MirrorDetail {
    const detail = mirrorAccess(actor, scope);
    if (!detail) throw ProblemException.forbidden('forbidden.mirror');
    return detail;
  }

  /** The key figures of one period, by the domain's definitions over the repository's counts. */
  async figures(
    scope: MirrorSql,
    days: Days,
  ): Promise<{ values: Record<MirrorFigure, number | null>; flows: HourFlow[] }> {
    const [klussen, flows, people, evaluations, dossiers] = await Promise.all([
      this.reports.klussen(scope, days),
      this.reports.flows(scope, days),
      this.reports.people(scope, days),
      this.reports.evaluations(scope, days),
      this.reports.dossiers(scope, days),
    ]);
    const cells = pairMatrix(flows);
    const own = new Set(scope.organisationIds);
    const cents = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
    const internal = flows.filter((f) => isInternal(f) && own.has(f.givingOrganisationId));
    const values = {
      posted: klussen.posted,
      claimed: klussen.claimed,
      completed: klussen.completed,
      expired: klussen.expired,
      cancelled: klussen.cancelled,
      shareFilled: share(klussen.postedClaimed, klussen.posted),
      medianHoursToFirstClaim: medianHoursToFirstClaim(
        klussen.hoursToFirstClaim.map((h) => ({
          publishedAt: new Date(0),
          firstClaimedAt: new Date(h * 3_600_000),
        })),
      ),
      hoursGiven: cents(cells.filter((c) => own.has(c.givingOrganisationId)).map((c) => c.hours)),
      hoursReceived: cents(cells.filter((c) => own.has(c.receivingOrganisationId)).map((c) => c.hours)),
      internalHours: cents(internal.map((f) => f.hours)),
      participants: people.participants,
      participationShare: participationShare(people.participants, people.employees),
      newParticipants: people.newParticipants,
      functions: people.functions,
      organisations: people.organisations,
      demonstratedSkills: people.demonstratedSkills,
      learningKlussen: people.learningKlussen,
      evaluations: evaluations.evaluations,
      averageScore: evaluations.averageScore,
      activeDossiers: dossiers.activeDossiers,
      completedDossiers: dossiers.completedDossiers,
      checkpointsHeld: dossiers.checkpointsHeld,
    };
    return { values, flows };
  }

  private async report(
    scopeRef: { kind: 'organisation' | 'partnership'; id: string; name: string },
    scope: MirrorSql,
    detail: MirrorDetail,
    period: LedgerPeriod,
    language: Language,
  ): Promise<MirrorReportDto> {
    const before = previousPeriod(period);
    const full = detail === 'full';
    const [{ values: current, flows }, previous, skills, functions, texts, teams] = await Promise.all([
      this.figures(scope, period),
      before ? this.figures(scope, before).then((f) => f.values) : undefined,
      this.reports.skills(scope, period),
      full ? this.reports.functions(scope, period) : [],
      full ? this.reports.evaluationTexts(scope, period, EVALUATION_TEXTS) : [],
      full ? this.reports.dossierTeams(scope, period) : [],
    ]);

    const cells = pairMatrix(flows);
    const rowIds = new Set<string>(scope.organisationIds);
    for (const f of flows) rowIds.add(f.givingOrganisationId).add(f.receivingOrganisationId);
    const names = await this.reports.organisationNames([...rowIds]);
    const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
    const sum = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;
    const hours = [...rowIds]
      .map((id) => ({
        organisation: ref(id),
        given: sum(cells.filter((c) => c.givingOrganisationId === id).map((c) => c.hours)),
        received: sum(cells.filter((c) => c.receivingOrganisationId === id).map((c) => c.hours)),
        internal: sum(
          flows.filter((f) => isInternal(f) && f.givingOrganisationId === id).map((f) => f.hours),
        ),
      }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'nl'));
    const { shown, suppressedGroups } = suppressSmallGroups(functions);

    return {
      scope: scopeRef,
      period: { label: period.label, from: period.from, to: period.to },
      previousPeriod: before ? { label: before.label, from: before.from, to: before.to } : null,
      detail,
      figures: MIRROR_FIGURES.map((key) => ({
        key,
        ...comparePeriods(current[key], previous ? previous[key] : null, DECIMALS[key] ?? 0),
      })),
      hours,
      matrix: cells
        .map((c) => ({
          giving: ref(c.givingOrganisationId),
          receiving: ref(c.receivingOrganisationId),
          hours: round2(c.hours),
          disputedHours: round2(c.disputedHours),
        }))
        .sort(
          (a, b) =>
            a.giving.name.localeCompare(b.giving.name, 'nl') ||
            a.receiving.name.localeCompare(b.receiving.name, 'nl'),
        ),
      skills: rankSkillGap(
        skills.map((s) => ({
          skill: (language === 'en' && s.skillEn) || s.skill,
          asked: s.asked,
          available: s.available,
        })),
      ),
      functions: shown,
      suppressedFunctions: suppressedGroups,
      evaluationTexts: texts,
      dossierTeams: teams.map((t) => ({
        organisation: { id: t.organisationId, name: t.organisation },
        dossiers: t.dossiers,
        members: t.members,
      })),
    };
  }
}
