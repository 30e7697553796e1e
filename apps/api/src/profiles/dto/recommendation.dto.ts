import { ApiProperty } from '@nestjs/swagger';
import { SKILL_LEVELS, type SkillLevel } from '@klussenbank/domain';
import { TaskSummaryDto } from '../../tasks/dto/task.dto.js';

export const MATCH_REASON_KINDS = ['required', 'nice-to-have', 'learning-goal', 'hours', 'location'] as const;

/** Why a klus or person fits: a skill (with the level), a learning goal, the hours or the location. */
export class MatchReasonDto {
  @ApiProperty({ enum: MATCH_REASON_KINDS }) kind: (typeof MATCH_REASON_KINDS)[number];
  @ApiProperty({ required: false, description: 'The skill label (required, nice-to-have, learning-goal).' })
  skill?: string;
  @ApiProperty({ enum: SKILL_LEVELS, required: false }) level?: SkillLevel;
  @ApiProperty({ required: false, description: 'With required: shown in a completed klus.' })
  demonstrated?: boolean;
}

export class RecommendedTaskDto {
  @ApiProperty({ type: TaskSummaryDto }) task: TaskSummaryDto;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons: MatchReasonDto[];
}
