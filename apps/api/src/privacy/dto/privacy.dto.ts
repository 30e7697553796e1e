import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { STATEMENT_KINDS, STATEMENT_MAX_LENGTH, type StatementKind } from '@klussenbank/domain';

/** One of my personal data exports. */
export class DataExportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['pending', 'ready', 'expired'],
    description: 'pending: being made; ready: to download until expiresAt; expired: the file is gone.',
  })
  status: 'pending' | 'ready' | 'expired';
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readyAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when the file can be downloaded (7 days after it was made).',
  })
  expiresAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Size of the (gzipped) file in bytes.' })
  sizeBytes: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where to download it while ready (GET, the same session).',
  })
  downloadUrl: string | null;
}

export class DataExportListDto {
  @ApiProperty({ type: [DataExportDto], description: 'The last 20, newest first.' })
  items: DataExportDto[];
}

/** "Account verwijderen": the person confirms by typing their e-mail address, and their password if they have one. */
export class EraseMeDto {
  @ApiProperty({ description: 'My e-mail address, typed again to confirm.', maxLength: 320 })
  @IsString({ message: 'Typ uw e-mailadres om te bevestigen.' })
  @MaxLength(320, { message: 'Hoogstens 320 tekens.' })
  confirmation: string;

  @ApiPropertyOptional({
    format: 'password',
    description: 'My current password; required when my account has one (not for single sign-on only).',
    maxLength: 1024,
  })
  @IsOptional()
  @IsString({ message: 'Vul uw wachtwoord in.' })
  @MaxLength(1024, { message: 'Hoogstens 1024 tekens.' })
  password?: string;
}

export class ErasureDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The account that was erased (its id stays in other records).',
  })
  id: string;
  @ApiProperty({ enum: ['oud-medewerker'], description: 'The name it is shown by from now on.' })
  displayName: string;
  @ApiProperty({ description: 'Claims on klussen that had not started, withdrawn.' })
  claimsWithdrawn: number;
}

export class StatementDto {
  @ApiProperty({ enum: STATEMENT_KINDS }) kind: StatementKind;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The organisation's own text (Markdown); null: it uses the default text.",
  })
  markdown: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Its rendering (renderMarkdown: no raw HTML).' })
  html: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}

export class SetStatementDto {
  @ApiProperty({
    description: 'Markdown; empty: back to the default text.',
    maxLength: STATEMENT_MAX_LENGTH,
  })
  @IsString({ message: 'Vul een tekst in.' })
  @MaxLength(STATEMENT_MAX_LENGTH, { message: `Hoogstens ${STATEMENT_MAX_LENGTH} tekens.` })
  markdown: string;
}
