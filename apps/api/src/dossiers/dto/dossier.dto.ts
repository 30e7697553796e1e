import { ApiProperty } from '@nestjs/swagger';
import {
  DOSSIER_ROLES,
  DOSSIER_STATUSES,
  type DossierRole,
  type DossierStatus,
  JOIN_POLICIES,
  type JoinPolicy,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  SKILL_LEVELS,
  type SkillLevel,
} from '@klussenbank/domain';
import {
  NamedRefDto,
  NULLABLE_NAMED_REF,
  nullableObject,
  nullablePerson,
  PageDto,
  PersonDto,
} from '../../common/dto/response.dto.js';
import { MatchReasonDto } from '../../profiles/dto/recommendation.dto.js';
import {
  type Activity,
  ACTIVITY_TYPES,
  type ActivityType,
  type Checkpoint,
  type DossierDetail,
  type DossierSummary,
  type TeamMember,
} from '../dossier.types.js';

const nullableText = { type: 'string', nullable: true } as const;

export class DossierSkillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
}

export class OrganisationCountDto extends NamedRefDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'People of this organisation in the team.' })
  count: number;
}

/** A dossier in a list. */
export class DossierSummaryDto implements DossierSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() goal: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: DossierStatus;
  @ApiProperty({ type: NamedRefDto }) partnership: NamedRefDto;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'At most this many people; null: no limit.' })
  teamCap: number | null;
  @ApiProperty({ enum: JOIN_POLICIES }) joinPolicy: JoinPolicy;
  @ApiProperty({ type: 'integer', minimum: 0 }) teamSize: number;
  @ApiProperty({ type: [OrganisationCountDto] }) organisations: OrganisationCountDto[];
  @ApiProperty({ type: [DossierSkillDto] }) skills: DossierSkillDto[];
  @ApiProperty({ type: [PersonDto] }) trekkers: PersonDto[];
  @ApiProperty({
    type: 'string',
    enum: [...DOSSIER_ROLES, null],
    nullable: true,
    description: 'Yours, if in the team.',
  })
  myRole: DossierRole | null;
  @ApiProperty({ type: 'string', enum: [...MEMBERSHIP_STATUSES, null], nullable: true })
  myStatus: MembershipStatus | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const DossierSummaryPageDto = PageDto(DossierSummaryDto);

export class TeamPersonDto extends PersonDto {
  @ApiProperty(nullableText) jobTitle: string | null;
}

export class TeamMemberDto implements TeamMember {
  @ApiProperty({ type: TeamPersonDto }) user: TeamPersonDto;
  @ApiProperty({ enum: DOSSIER_ROLES }) role: DossierRole;
  @ApiProperty({ enum: MEMBERSHIP_STATUSES }) status: MembershipStatus;
  @ApiProperty({ ...nullableText, description: 'The note with a request or invitation.' }) message:
    string | null;
  @ApiProperty({ format: 'date-time' }) since: string;
}

/** One dossier with its team. */
export class DossierDetailDto extends DossierSummaryDto implements DossierDetail {
  @ApiProperty({ description: 'Markdown.' }) description: string;
  @ApiProperty({ description: 'The description rendered, safe to insert as it is.' }) descriptionHtml: string;
  @ApiProperty({ type: [TeamMemberDto] }) team: TeamMemberDto[];
  @ApiProperty({ description: 'Whether you may edit it (trekkers, platform admins).' }) canEdit: boolean;
  @ApiProperty({ type: PersonDto }) createdBy: PersonDto;
}

/** A checkpoint (ijkmoment) with its reflection. */
export class CheckpointDto implements Checkpoint {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) plannedOn: string;
  @ApiProperty({ enum: ['planned', 'held'] }) status: 'planned' | 'held';
  @ApiProperty({ ...nullableText, description: 'Glanzen: wat ging goed?' }) wentWell: string | null;
  @ApiProperty({ ...nullableText, description: 'Schuren: wat schuurde?' }) chafed: string | null;
  @ApiProperty({ ...nullableText, description: 'Wat veranderen we?' }) changes: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) heldOn: string | null;
  @ApiProperty(NULLABLE_NAMED_REF) writtenBy: NamedRefDto | null;
}

const nullableTitled = nullableObject({ id: { type: 'string', format: 'uuid' }, title: { type: 'string' } });

export class ActivityDataDto {
  @ApiProperty({ enum: DOSSIER_STATUSES, required: false, description: 'With status-changed: the new one.' })
  status?: DossierStatus;
}

/** One line of the activity feed. */
export class ActivityDto implements Activity {
  @ApiProperty({ example: '62', description: 'Ascending with time; not a UUID.' }) id: string;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: ActivityType;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty(nullablePerson('Who did it.')) actor: PersonDto | null;
  @ApiProperty(nullablePerson('Whom it was done to (invited, left…).'))
  subject: PersonDto | null;
  @ApiProperty(nullableTitled) task: { id: string; title: string } | null;
  @ApiProperty(nullableTitled) checkpoint: { id: string; title: string } | null;
  @ApiProperty({ type: ActivityDataDto }) data: ActivityDataDto;
}

export const ActivityPageDto = PageDto(ActivityDto);

export class SkillGapTeamMemberDto {
  @ApiProperty({ type: PersonDto }) user: PersonDto;
  @ApiProperty({ enum: SKILL_LEVELS }) level: SkillLevel;
  @ApiProperty() demonstrated: boolean;
}

export class SkillGapSuggestionDto extends SkillGapTeamMemberDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons: MatchReasonDto[];
}

/** A skill the dossier needs: who in the team has it, and who in the partnership could help. */
export class SkillGapEntryDto {
  @ApiProperty({ type: DossierSkillDto }) skill: DossierSkillDto;
  @ApiProperty({ description: 'Somebody in the team has it.' }) covered: boolean;
  @ApiProperty({ type: [SkillGapTeamMemberDto] }) team: SkillGapTeamMemberDto[];
  @ApiProperty({
    type: [SkillGapSuggestionDto],
    description:
      'Gaps only, at most 5, best first. Only for trekkers of the dossier, and only people findable for ' +
      'them (colleagues as their organisation allows, others who chose to be findable); empty for everyone else.',
  })
  suggestions: SkillGapSuggestionDto[];
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Gaps only: how many people of the partnership outside the team have the skill (0 when covered).',
  })
  candidateCount: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Of candidateCount, how many you may see by name (0 unless you are a trekker); ' +
      'candidateCount − findableCount are not findable for you.',
  })
  findableCount: number;
}

/** The skill gap: named suggestions for trekkers, counts only for everyone else. */
export class SkillGapDto {
  @ApiProperty({ type: [SkillGapEntryDto] }) items: SkillGapEntryDto[];
  @ApiProperty({
    description: 'You are a trekker of the dossier: suggestions name the people findable for you.',
  })
  namedSuggestions: boolean;
}
