import { ApiProperty } from '@nestjs/swagger';
import {
  CLAIM_MODES,
  CLAIM_STATUSES,
  type ClaimMode,
  type ClaimStatus,
  LOCATION_TYPES,
  type LocationType,
  TASK_STATUSES,
  TASK_VISIBILITIES,
  type TaskStatus,
  type TaskVisibility,
} from '@klussenbank/domain';
import {
  NamedRefDto,
  NULLABLE_NAMED_REF,
  nullableObject,
  PageDto,
  PersonDto,
} from '../../common/dto/response.dto.js';
import type { ClaimView, TaskDetail, TaskSummary } from '../task.types.js';

const nullableText = { type: 'string', nullable: true } as const;

export class TaskSummaryLocationDto {
  @ApiProperty({ enum: LOCATION_TYPES }) type: LocationType;
  @ApiProperty(nullableText) municipality: string | null;
}

export class TaskLocationViewDto extends TaskSummaryLocationDto {
  @ApiProperty({ ...nullableText, description: 'Only for people who may see the klus.' })
  address: string | null;
}

/** A klus in a list. */
export class TaskSummaryDto implements TaskSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ type: NamedRefDto, description: 'The organisation that posted it.' })
  organisation: NamedRefDto;
  @ApiProperty({ type: 'number', minimum: 0 }) estimatedHours: number;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: TaskSummaryLocationDto }) location: TaskSummaryLocationDto;
  @ApiProperty({ type: 'integer', minimum: 1 }) capacity: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) placesLeft: number;
  @ApiProperty({ enum: CLAIM_MODES }) claimMode: ClaimMode;
  @ApiProperty() learningSuitable: boolean;
  @ApiProperty({ type: [String], description: 'Labels of the required skills.' }) requiredSkills: string[];
  @ApiProperty({ type: [String], description: 'Labels of the nice-to-have skills.' })
  niceToHaveSkills: string[];
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt: string | null;
}

export const TaskSummaryPageDto = PageDto(TaskSummaryDto);

/** A claim on a klus, as its poster sees it. */
export class TaskClaimDto implements ClaimView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty() motivation: string;
  @ApiProperty({ description: "The poster's message with a decision." }) message: string;
  @ApiProperty({ type: PersonDto }) user: PersonDto;
  @ApiProperty({ type: 'number', nullable: true, description: 'Hours worked, once completed.' })
  actualHours: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class TaskContactDto {
  @ApiProperty() name: string;
  @ApiProperty({ format: 'email' }) email: string;
}

export class TaskSkillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
  @ApiProperty() required: boolean;
}

/** One klus with everything needed to decide; the poster also sees the claims. */
export class TaskDetailDto implements TaskDetail {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
  @ApiProperty({ type: 'number', minimum: 0 }) estimatedHours: number;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: TaskLocationViewDto }) location: TaskLocationViewDto;
  @ApiProperty({ type: 'integer', minimum: 1 }) capacity: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) placesLeft: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) placesTaken: number;
  @ApiProperty({ enum: CLAIM_MODES }) claimMode: ClaimMode;
  @ApiProperty() learningSuitable: boolean;
  @ApiProperty({ type: [String] }) requiredSkills: string[];
  @ApiProperty({ type: [String] }) niceToHaveSkills: string[];
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ description: 'Markdown.' }) description: string;
  @ApiProperty({ description: 'The description rendered, safe to insert as it is.' }) descriptionHtml: string;
  @ApiProperty({ type: NamedRefDto }) poster: NamedRefDto;
  @ApiProperty({ type: TaskContactDto }) contact: TaskContactDto;
  @ApiProperty({ enum: TASK_VISIBILITIES }) visibility: TaskVisibility;
  @ApiProperty(NULLABLE_NAMED_REF) partnership: NamedRefDto | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) dossierId: string | null;
  @ApiProperty(nullableText) cancelReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [TaskSkillDto] }) skills: TaskSkillDto[];
  @ApiProperty() isPoster: boolean;
  @ApiProperty(
    nullableObject(
      {
        id: { type: 'string', format: 'uuid' },
        status: { type: 'string', enum: [...CLAIM_STATUSES] },
        motivation: { type: 'string' },
      },
      'Your own live claim on it, if any.',
    ),
  )
  myClaim: { id: string; status: ClaimStatus; motivation: string } | null;
  @ApiProperty({ type: [TaskClaimDto], description: 'Empty unless you posted it.' }) claims: TaskClaimDto[];
}

/** A klus you posted, with counts. */
export class PostedTaskDto extends TaskSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Applied or waiting for consent.' })
  applicants: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Active or completed.' }) participants: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "Applications waiting for the poster's decision (applied, not yet accepted or declined).",
  })
  awaitingDecision: number;
}
