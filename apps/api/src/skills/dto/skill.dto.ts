import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  cleanLabel,
  SKILL_LANGUAGES,
  SKILL_NAME_MAX_LENGTH,
  SKILL_STATUSES,
  type SkillLanguage,
  type SkillStatus,
} from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';

const clean = ({ value }: { value: unknown }) => (typeof value === 'string' ? cleanLabel(value) : value);
const LANGUAGE_REASON = `Kies uit: ${SKILL_LANGUAGES.join(', ')}.`;
const LABEL_REASON = `Vul een naam in van 1 tot ${SKILL_NAME_MAX_LENGTH} tekens.`;
export const MAX_ALT_LABELS = 20;

export class SkillLanguageQueryDto {
  @ApiPropertyOptional({
    enum: SKILL_LANGUAGES,
    default: 'nl',
    description: 'Language of `label` and `altLabels`.',
  })
  @IsOptional()
  @IsIn(SKILL_LANGUAGES, { message: LANGUAGE_REASON })
  lang: SkillLanguage = 'nl';
}

export class ListSkillsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Words that start a label (Dutch or English, alternative labels too; case and accents ignored). ' +
      'Every word must match. Without q: all skills by label.',
    example: 'gis',
  })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  q?: string;

  @ApiPropertyOptional({
    enum: SKILL_LANGUAGES,
    default: 'nl',
    description: 'Language of `label` and `altLabels`.',
  })
  @IsOptional()
  @IsIn(SKILL_LANGUAGES, { message: LANGUAGE_REASON })
  lang: SkillLanguage = 'nl';
}

export class SkillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'In the language asked for; the Dutch label when there is no English one.' })
  label: string;
  @ApiProperty() labelNl: string;
  @ApiProperty({ type: String, nullable: true }) labelEn: string | null;
  @ApiProperty({ type: [String], description: 'Synonyms in the language asked for.' }) altLabels: string[];
  @ApiProperty({ type: String, nullable: true, description: 'ESCO conceptUri; null for proposed skills.' })
  escoUri: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'skill/competence' }) category: string | null;
  @ApiProperty({ description: 'From ESCO or added by a platform admin; false for proposals.' })
  verified: boolean;
  @ApiProperty({
    enum: SKILL_STATUSES,
    description:
      'accepted: in the shared taxonomy (lists, search, matching). proposed: a free name of a klus or dossier, ' +
      'private to its organisation until an admin there accepts it. rejected: declined, stays on what named it.',
  })
  status: SkillStatus;
}

/** A skill found by search: also the synonym that was typed, when that was not its label. */
export class SkillSearchHitDto extends SkillDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The label q matched when it is not `label` itself (a synonym, or the label in the other language), ' +
      'e.g. "GIS" for "Geografische informatiesystemen"; null when `label` matched or without q.',
    example: 'GIS',
  })
  matchedLabel: string | null;
}

export class SkillDetailDto extends SkillDto {
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: 'False once merged into another skill.' }) active: boolean;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The skill this one was merged into.',
  })
  mergedInto: string | null;
}

export class SkillPageDto {
  @ApiProperty({ type: [SkillSearchHitDto] }) items: SkillSearchHitDto[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
}

export class CreateSkillDto {
  @ApiProperty({ example: 'Klantreizen in kaart brengen', maxLength: SKILL_NAME_MAX_LENGTH })
  @Transform(clean)
  @IsString({ message: LABEL_REASON })
  @Length(1, SKILL_NAME_MAX_LENGTH, { message: LABEL_REASON })
  labelNl: string;

  @ApiPropertyOptional({ example: 'Customer journey mapping', maxLength: SKILL_NAME_MAX_LENGTH })
  @IsOptional()
  @Transform(clean)
  @IsString({ message: LABEL_REASON })
  @Length(1, SKILL_NAME_MAX_LENGTH, { message: LABEL_REASON })
  labelEn?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_ALT_LABELS,
    description: 'Dutch synonyms, for search and matching.',
    example: ['klantreis', 'customer journey'],
  })
  @IsOptional()
  @IsArray({ message: `Moet een lijst van hoogstens ${MAX_ALT_LABELS} namen zijn.` })
  @ArrayMaxSize(MAX_ALT_LABELS, { message: `Hoogstens ${MAX_ALT_LABELS} synoniemen.` })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => clean({ value: v })) : value,
  )
  @IsString({ each: true, message: LABEL_REASON })
  @Length(1, SKILL_NAME_MAX_LENGTH, { each: true, message: LABEL_REASON })
  altLabels?: string[];

  @ApiPropertyOptional({ example: 'skill/competence', maxLength: 80 })
  @IsOptional()
  @Transform(clean)
  @IsString({ message: 'Vul een categorie in van 1 tot 80 tekens.' })
  @Length(1, 80, { message: 'Vul een categorie in van 1 tot 80 tekens.' })
  category?: string;
}

export class CreateSkillMergeDto {
  @ApiProperty({ format: 'uuid', description: 'The skill that stays; this one is merged into it.' })
  @IsUUID('all', { message: 'Moet een vaardigheid-id (UUID) zijn.' })
  targetId: string;
}

export class SkillMergeDto {
  @ApiProperty({ type: SkillDetailDto, description: 'The skill that stays, with the labels it took over.' })
  target: SkillDetailDto;
  @ApiProperty({
    type: 'integer',
    description: 'Labels of the merged skill that the target did not have yet.',
  })
  labelsMoved: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Rows re-pointed to the target, per referencing table (klussen, profiles, learning goals).',
    example: { task_skills: 3, user_skills: 1 },
  })
  referencesMoved: Record<string, number>;
}

export class SkillImportErrorDto {
  @ApiProperty({
    type: 'integer',
    description: 'Line in the file where the bad record starts (1 is the header).',
  })
  line: number;
  @ApiProperty({ example: 'conceptUri ontbreekt.' }) reason: string;
}

export class SkillImportReportDto {
  @ApiProperty({ enum: SKILL_LANGUAGES }) lang: SkillLanguage;
  @ApiProperty({ type: 'integer', description: 'Records read, the header not counted.' }) rows: number;
  @ApiProperty({ type: 'integer', description: 'Concepts new to the taxonomy.' }) inserted: number;
  @ApiProperty({ type: 'integer', description: 'Concepts whose fields or labels changed.' }) updated: number;
  @ApiProperty({ type: 'integer', description: 'Concepts that were already exactly so.' }) unchanged: number;
  @ApiProperty({ type: 'integer' }) labelsAdded: number;
  @ApiProperty({ type: 'integer', description: 'All bad records; `errors` lists the first 100.' })
  errorCount: number;
  @ApiProperty({ type: [SkillImportErrorDto] }) errors: SkillImportErrorDto[];
}

export class SkillProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The free name as the klus or dossier gave it.' }) label: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer', description: 'Klussen that name it.' }) tasks: number;
  @ApiProperty({ type: 'integer', description: 'Dossiers that name it.' }) dossiers: number;
}

export class SkillProposalPageDto {
  @ApiProperty({ type: [SkillProposalDto] }) items: SkillProposalDto[];
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
}
