import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MIRROR_FIGURES, type Direction, type MirrorFigure } from '@klussenbank/domain';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { NamedRefDto, nullableObject } from '../../common/dto/response.dto.js';
import { CSV_DELIMITERS, type CsvDelimiter, IsLedgerPeriod } from '../../ledger/dto/ledger-reports.dto.js';

export const MIRROR_TABLES = [
  'figures',
  'hours',
  'matrix',
  'skills',
  'functions',
  'evaluations',
  'dossier-teams',
] as const;
export type MirrorTable = (typeof MIRROR_TABLES)[number];

const DIRECTIONS: Direction[] = ['up', 'down', 'same', 'new', 'none'];

export class MirrorQueryDto {
  @ApiPropertyOptional({
    description:
      'A month (`2026-09`), quarter (`2026-Q3`), year (`2026`) or range (`2026-01-05..2026-02-10`). ' +
      'Default: the last complete quarter.',
    example: '2026-Q3',
    maxLength: 21,
  })
  @IsOptional()
  @IsString({ message: 'Moet tekst zijn.' })
  @IsLedgerPeriod()
  period?: string;
}

export class MirrorCsvQueryDto extends MirrorQueryDto {
  @ApiProperty({ enum: MIRROR_TABLES, description: 'Which table of the report.' })
  @IsIn(MIRROR_TABLES, { message: `Kies een van: ${MIRROR_TABLES.join(', ')}.` })
  table: MirrorTable;

  @ApiPropertyOptional({
    enum: CSV_DELIMITERS,
    default: 'semicolon',
    description:
      'semicolon: `;` between fields and a decimal comma (Dutch spreadsheet settings); comma: `,` and a decimal point.',
  })
  @IsOptional()
  @IsIn(CSV_DELIMITERS, { message: 'Kies semicolon of comma.' })
  delimiter: CsvDelimiter = 'semicolon';
}

export class MirrorPeriodDto {
  @ApiProperty({ example: '2026-Q3' }) label: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

export class MirrorScopeDto extends NamedRefDto {
  @ApiProperty({ enum: ['organisation', 'partnership'] }) kind: 'organisation' | 'partnership';
}

export class MirrorFigureDto {
  @ApiProperty({ enum: MIRROR_FIGURES }) key: MirrorFigure;
  @ApiProperty({ type: 'number', nullable: true, description: 'This period; null when it has no value.' })
  current: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'The period before.' })
  previous: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'current − previous.' })
  difference: number | null;
  @ApiProperty({ enum: DIRECTIONS, description: 'The arrow: up, down, same; new (nothing before); none.' })
  direction: Direction;
}

export class MirrorHoursRowDto {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
  @ApiProperty({ description: 'Hours its people gave other organisations (in discussion apart).' })
  given: number;
  @ApiProperty({ description: 'Hours it received from other organisations.' }) received: number;
  @ApiProperty({ description: 'Hours within the organisation itself (in no balance).' }) internal: number;
}

export class MirrorMatrixCellDto {
  @ApiProperty({ type: NamedRefDto }) giving: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) receiving: NamedRefDto;
  @ApiProperty() hours: number;
  @ApiProperty() disputedHours: number;
}

export class MirrorSkillDto {
  @ApiProperty() skill: string;
  @ApiProperty({ description: 'Klussen of the period that asked for it.' }) asked: number;
  @ApiProperty({ description: 'Employees in scope with it on their profile.' }) available: number;
  @ApiProperty({ description: 'asked − available.' }) gap: number;
}

export class MirrorFunctionDto {
  @ApiProperty() jobTitle: string;
  @ApiProperty({ minimum: 5 }) people: number;
}

export class MirrorEvaluationTextDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) score: number;
  @ApiProperty({ type: 'string', nullable: true }) wentWell: string | null;
  @ApiProperty({ type: 'string', nullable: true }) couldBeBetter: string | null;
}

export class MirrorDossierTeamDto {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
  @ApiProperty() dossiers: number;
  @ApiProperty() members: number;
}

export class MirrorReportDto {
  @ApiProperty({ type: MirrorScopeDto }) scope: MirrorScopeDto;
  @ApiProperty({ type: MirrorPeriodDto }) period: MirrorPeriodDto;
  @ApiProperty(
    nullableObject(
      {
        label: { type: 'string' },
        from: { type: 'string', format: 'date' },
        to: { type: 'string', format: 'date' },
      },
      'The period before, for the comparison.',
    ),
  )
  previousPeriod: MirrorPeriodDto | null;
  @ApiProperty({
    enum: ['full', 'totals'],
    description: 'totals: the partnership totals an employee sees, without functions, texts or teams.',
  })
  detail: 'full' | 'totals';
  @ApiProperty({ type: [MirrorFigureDto] }) figures: MirrorFigureDto[];
  @ApiProperty({ type: [MirrorHoursRowDto] }) hours: MirrorHoursRowDto[];
  @ApiProperty({ type: [MirrorMatrixCellDto] }) matrix: MirrorMatrixCellDto[];
  @ApiProperty({ type: [MirrorSkillDto], description: 'The ten largest gaps between asked and available.' })
  skills: MirrorSkillDto[];
  @ApiProperty({
    type: [MirrorFunctionDto],
    description: 'Participants per function, only functions with at least 5 people; empty in totals.',
  })
  functions: MirrorFunctionDto[];
  @ApiProperty({ description: 'Functions left out: fewer than 5 people, who could be recognised.' })
  suppressedFunctions: number;
  @ApiProperty({
    type: [MirrorEvaluationTextDto],
    description: "The period's free texts, without names (at most 50); empty in totals.",
  })
  evaluationTexts: MirrorEvaluationTextDto[];
  @ApiProperty({ type: [MirrorDossierTeamDto], description: 'Empty in totals.' })
  dossierTeams: MirrorDossierTeamDto[];
}
