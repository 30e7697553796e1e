import { Inject, Injectable } from '@nestjs/common';
import { type Actor, entryState, inTeamView, isInternal, teamHoursView } from '@klussenbank/domain';
import type { Page } from '../common/pagination.js';
import type { TeamHoursEntryDto, TeamHoursQueryDto } from './dto/team-hours.dto.js';
import { TeamHoursRepository } from './team-hours.repository.js';

/**
 * "Managers see their team's hours": the hour entries of the people whose line manager the actor is.
 * Who is nobody's line manager gets an empty page, not a 403: a team can be empty for a while too.
 */
@Injectable()
export class TeamHoursService {
  constructor(@Inject(TeamHoursRepository) private readonly team: TeamHoursRepository) {}

  async list(actor: Actor, query: TeamHoursQueryDto): Promise<Page<TeamHoursEntryDto>> {
    const view = teamHoursView(actor);
    const { items, total } = await this.team.entries(view, query);
    const now = new Date();
    return {
      items: items
        .filter((row) => inTeamView(view, { id: row.personId, lineManagerId: row.lineManagerId }))
        .map((row) => ({
          id: row.id,
          person: { id: row.personId, name: row.personName },
          task: { id: row.taskId, title: row.taskTitle },
          receiving: { id: row.receivingOrganisationId, name: row.receivingOrganisationName },
          internal: isInternal(row),
          hours: row.hours,
          entryDate: row.entryDate,
          kind: row.kind,
          state: entryState(row, now),
        })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
