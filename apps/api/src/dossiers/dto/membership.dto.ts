import { ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_LIMITS, DOSSIER_ROLES, type DossierRole } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../common/validation/transforms.js';

export class CreateMembershipDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Leave out (or give your own id) to join; a trekker invites someone else by id.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Moet een gebruikers-id (UUID) zijn.' })
  userId?: string;

  @ApiPropertyOptional({ enum: DOSSIER_ROLES, default: 'member' })
  @IsOptional()
  @IsIn(DOSSIER_ROLES, { message: 'Kies trekker, lid of adviseur.' })
  role?: DossierRole;

  @ApiPropertyOptional({
    maxLength: DOSSIER_LIMITS.messageMax,
    description: 'A note with a request or invitation.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(DOSSIER_LIMITS.messageMax, { message: `Hoogstens ${DOSSIER_LIMITS.messageMax} tekens.` })
  message?: string;
}

export class UpdateMembershipDto {
  @ApiPropertyOptional({
    enum: ['active'],
    description: 'A trekker accepts a request; the invitee accepts an invitation.',
  })
  @IsOptional()
  @IsIn(['active'], { message: "Alleen 'active' (accepteren) kan hier." })
  status?: 'active';

  @ApiPropertyOptional({ enum: DOSSIER_ROLES, description: 'Trekkers and platform admins change roles.' })
  @IsOptional()
  @IsIn(DOSSIER_ROLES, { message: 'Kies trekker, lid of adviseur.' })
  role?: DossierRole;
}
