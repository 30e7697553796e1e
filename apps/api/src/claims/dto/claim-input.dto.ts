import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_LIMITS } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/validation/transforms.js';

export class CreateClaimDto {
  @ApiPropertyOptional({
    description: "Required when the klus asks for applications ('application' mode).",
    maxLength: 2000,
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(TASK_LIMITS.motivationMax, { message: `Hoogstens ${TASK_LIMITS.motivationMax} tekens.` })
  motivation?: string;
}

export const CLAIM_DECISIONS = ['active', 'declined', 'withdrawn', 'removed'] as const;
export type ClaimDecision = (typeof CLAIM_DECISIONS)[number];

export class UpdateClaimDto {
  @ApiProperty({
    enum: CLAIM_DECISIONS,
    description:
      "The claimant: 'withdrawn'. The poster: 'active' (accept), 'declined', 'removed' (message required).",
  })
  @IsIn(CLAIM_DECISIONS, { message: `Kies uit: ${CLAIM_DECISIONS.join(', ')}.` })
  status: ClaimDecision;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' })
  message?: string;
}

export const CONSENT_DECISIONS = ['granted', 'declined'] as const;

export class ConsentDecisionDto {
  @ApiProperty({ enum: CONSENT_DECISIONS })
  @IsIn(CONSENT_DECISIONS, { message: 'Kies granted of declined.' })
  decision: (typeof CONSENT_DECISIONS)[number];
}
