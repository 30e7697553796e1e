import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_STATUSES, type ClaimStatus } from '@klussenbank/domain';
import { NamedRefDto } from '../../common/dto/response.dto.js';
import { TaskSummaryDto } from '../../tasks/dto/task.dto.js';
import type { ClaimResult } from '../claims.service.js';

export class ClaimDto implements ClaimResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty() motivation: string;
  @ApiProperty({ description: "The poster's message with a decision." }) message: string;
}

/** One of my claims, with its klus. */
export class MyClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty() motivation: string;
  @ApiProperty() message: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: TaskSummaryDto }) task: TaskSummaryDto;
}

/** A claim of one of my people that waits for my consent. */
export class ConsentRequestDto {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: NamedRefDto }) user: NamedRefDto;
  @ApiProperty({ type: TaskSummaryDto }) task: TaskSummaryDto;
}
