import { ApiProperty } from '@nestjs/swagger';
import { EVALUATION_SCORES } from '@klussenbank/domain';
import { NamedRefDto, PersonDto } from '../../common/dto/response.dto.js';

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ type: PersonDto, description: 'Who gave it.' }) author: PersonDto;
  @ApiProperty({ type: PersonDto, description: 'Whom it is about.' }) subject: PersonDto;
  @ApiProperty({ type: 'integer', enum: EVALUATION_SCORES }) score: number;
  @ApiProperty({ type: 'string', nullable: true }) wentWell: string | null;
  @ApiProperty({ type: 'string', nullable: true }) couldBeBetter: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

export class TaskEvaluationsDto {
  @ApiProperty({
    type: [EvaluationDto],
    description:
      'The evaluations you may read: those you gave or received, and those of people you are the line manager of.',
  })
  items: EvaluationDto[];

  @ApiProperty({
    type: [PersonDto],
    description: 'Whom you still evaluate on this klus (empty when it is not completed or you are done).',
  })
  toEvaluate: PersonDto[];
}

export class EvaluationScoreCountsDto {
  @ApiProperty({ type: 'integer', name: '1' }) '1': number;
  @ApiProperty({ type: 'integer', name: '2' }) '2': number;
  @ApiProperty({ type: 'integer', name: '3' }) '3': number;
  @ApiProperty({ type: 'integer', name: '4' }) '4': number;
  @ApiProperty({ type: 'integer', name: '5' }) '5': number;
}

export class EvaluationSummaryDto {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) from: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) to: string | null;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "Evaluations given or received by the organisation's people.",
  })
  count: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Average score, one decimal; null without evaluations.',
  })
  averageScore: number | null;
  @ApiProperty({ type: EvaluationScoreCountsDto, description: 'How many of each score.' })
  scores: EvaluationScoreCountsDto;
  @ApiProperty({
    type: [String],
    description: 'The free texts, without names, sorted (not in the order given).',
  })
  wentWell: string[];
  @ApiProperty({ type: [String], description: 'As wentWell.' })
  couldBeBetter: string[];
}
