import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  effectiveHourCap,
  hourCapExcess,
  hourCapMonth,
  monthInAmsterdam,
  personalHourCapProblem,
  type PlannedKlus,
} from '@klussenbank/domain';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem/problem.js';
import type { HourCapDto, TeamHourCapDto } from './dto/hour-cap.dto.js';
import { type HourCapSettings, HourCapsRepository } from './hour-caps.repository.js';

/** Whose claim is checked: the claimant's own, or an applicant's that the poster accepts. */
export type HourCapSubject = 'self' | 'applicant';

@Injectable()
export class HourCapsService {
  constructor(@Inject(HourCapsRepository) private readonly caps: HourCapsRepository) {}

  /**
   * Checks, inside the claim's transaction, that a klus fits in the person's cap in every month it
   * spans. Refuse mode: 409 hour-cap-exceeded with the hours left; warn mode: `warn` is true and the
   * caller tells the line manager. The person stays locked until the transaction ends, so the claim
   * that follows is counted before anyone else's check of the same person.
   */
  async checkClaim(
    tx: EntityManager,
    userId: string,
    klus: PlannedKlus,
    subject: HourCapSubject,
  ): Promise<{ warn: boolean }> {
    const settings = await this.caps.settings(userId, tx);
    const cap = settings ? effectiveHourCap(settings.organisationCap, settings.personalCap) : null;
    if (!settings || cap === null) return { warn: false };
    await this.caps.lockPerson(tx, userId);
    const excess = hourCapExcess(cap, await this.caps.planned(userId, tx), klus);
    if (!excess) return { warn: false };
    if (settings.mode === 'warn') return { warn: true };
    const [year, monthNumber] = excess.month.split('-').map(Number);
    throw ProblemException.conflict(
      subject === 'self' ? 'hour-cap-exceeded' : 'hour-cap-exceeded.applicant',
      { cap, year, monthNumber, hoursLeft: excess.hoursLeft, hoursNeeded: excess.hoursNeeded },
      { cap, month: excess.month, hoursLeft: excess.hoursLeft, hoursNeeded: excess.hoursNeeded },
    );
  }

  async mine(viewer: Actor & { id: string }, now = new Date()): Promise<HourCapDto> {
    const settings = await this.caps.settings(viewer.id);
    if (!settings) throw ProblemException.notFound('not-found.user');
    return this.monthOf(settings, now);
  }

  /** The line manager's people, each with this month against their cap. */
  async team(viewer: Actor & { id: string }, now = new Date()): Promise<{ items: TeamHourCapDto[] }> {
    const people = await this.caps.team(viewer.id);
    const items: TeamHourCapDto[] = [];
    for (const person of people) {
      const settings = await this.caps.settings(person.userId);
      if (settings) items.push({ ...(await this.monthOf(settings, now)), name: person.name });
    }
    return { items };
  }

  /** A person's own cap: set by their line manager or an org-admin of their organisation. */
  async setPersonal(
    actor: Actor & { id: string },
    userId: string,
    cap: number | null,
    now = new Date(),
  ): Promise<HourCapDto> {
    const settings = await this.caps.transaction(async (tx) => {
      const current = await this.caps.settings(userId, tx);
      if (!current) throw ProblemException.notFound('not-found.user');
      const allowed =
        current.lineManagerId === actor.id || canAdministerOrganisation(actor, current.organisationId);
      if (!allowed) throw ProblemException.forbidden('forbidden.hour-cap');
      if (personalHourCapProblem(cap, current.organisationCap)) {
        throw ProblemException.badRequest([
          {
            name: 'hourCapPerMonth',
            key: 'above-organisation-cap',
            params: { organisationCap: current.organisationCap ?? 0 },
          },
        ]);
      }
      await this.caps.setPersonalCap(tx, userId, cap);
      return { ...current, personalCap: cap };
    });
    return this.monthOf(settings, now);
  }

  private async monthOf(settings: HourCapSettings, now: Date): Promise<HourCapDto> {
    const cap = effectiveHourCap(settings.organisationCap, settings.personalCap);
    const figures = hourCapMonth(cap, await this.caps.planned(settings.userId), monthInAmsterdam(now));
    return {
      userId: settings.userId,
      organisationCap: settings.organisationCap,
      personalCap: settings.personalCap,
      mode: settings.mode,
      ...figures,
    };
  }
}
