import { ApiProperty } from '@nestjs/swagger';
import {
  NAMING_STATES,
  type NamingState,
  SUCCESS_MILESTONES,
  type SuccessMilestone,
} from '@klussenbank/domain';
import { NULLABLE_NAMED_REF, NamedRefDto, PageDto, PersonDto } from '../../common/dto/response.dto.js';

export class ApplauseDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) count: number;
  @ApiProperty({ description: 'Whether you applauded.' }) mine: boolean;
}

export class SuccessDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SUCCESS_MILESTONES }) milestone: SuccessMilestone;
  @ApiProperty({ description: 'The klus, checkpoint or dossier it celebrates, as it was called.' })
  title: string;
  @ApiProperty({ description: 'The story as written (Markdown).' }) story: string;
  @ApiProperty({ description: 'The story rendered and sanitised (renderMarkdown).' }) storyHtml: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
  @ApiProperty(NULLABLE_NAMED_REF) task: NamedRefDto | null;
  @ApiProperty(NULLABLE_NAMED_REF) dossier: NamedRefDto | null;
  @ApiProperty(NULLABLE_NAMED_REF) checkpoint: NamedRefDto | null;
  @ApiProperty({ type: [NamedRefDto], description: 'The organisations involved.' })
  organisations: NamedRefDto[];
  @ApiProperty({ type: [NamedRefDto], description: 'The partnerships it is shared in.' })
  partnerships: NamedRefDto[];
  @ApiProperty({ type: [NamedRefDto] }) skills: NamedRefDto[];
  @ApiProperty({ type: 'number', minimum: 0, description: 'Hours from the ledger (corrections included).' })
  hours: number;
  @ApiProperty({ type: [PersonDto], description: 'The people who agreed to be named; nobody else.' })
  named: PersonDto[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'People involved who were not (yet) named.' })
  unnamedCount: number;
  @ApiProperty({ type: ApplauseDto }) applause: ApplauseDto;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Visible comments.' }) commentCount: number;
  @ApiProperty({
    type: 'string',
    enum: [...NAMING_STATES, null],
    nullable: true,
    description: 'Your own answer when you are involved (asked: not answered yet); null otherwise.',
  })
  myNaming: NamingState | null;
}

export class SuccessCommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PersonDto }) author: PersonDto;
  @ApiProperty() body: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Whether you may hide it (its author, an org-admin involved).' })
  canHide: boolean;
}

export class SuccessDetailDto extends SuccessDto {
  @ApiProperty({ type: [SuccessCommentDto], description: 'Visible comments, oldest first.' })
  comments: SuccessCommentDto[];
}

export const SuccessPageDto = PageDto(SuccessDto);
