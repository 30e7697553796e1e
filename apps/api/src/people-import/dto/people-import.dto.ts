import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_COLUMNS, type ImportColumn, ROLES, type Role } from '@klussenbank/domain';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** The JSON body's 1 MB holds a file of about this many characters. */
export const PEOPLE_IMPORT_MAX_CHARS = 1_000_000;

export class PeopleImportDto {
  @ApiProperty({
    maxLength: PEOPLE_IMPORT_MAX_CHARS,
    description:
      'The text of the CSV file (UTF-8, with or without BOM), separated by ; (Excel in Dutch) or ,. ' +
      'Header: e-mailadres/email and naam/name (required), functie/function, e-mailadres leidinggevende/' +
      'line manager e-mail, rollen/roles (e.g. "employee;manager" or "medewerker, manager"). A column ' +
      'the file lacks is left as it is; a column it has is the truth, an empty cell included.',
    example:
      'e-mailadres;naam;functie;e-mailadres leidinggevende;rollen\r\n' +
      'j.jansen@oss.nl;Jan Jansen;Beleidsmedewerker;p.devries@oss.nl;employee\r\n' +
      'p.devries@oss.nl;Petra de Vries;Teamleider;;employee;manager\r\n',
  })
  @IsString({ message: 'Moet tekst zijn.' })
  @MaxLength(PEOPLE_IMPORT_MAX_CHARS, { message: `Hoogstens ${PEOPLE_IMPORT_MAX_CHARS} tekens.` })
  csv: string;

  @ApiPropertyOptional({
    default: false,
    description:
      "Apply only: switch off the organisation's active people whom the file does not list (never the admin " +
      'themselves; an org-admin never a platform admin). The preview lists them either way.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  deactivateMissing?: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Apply only: mail each new person a link to set a password (7 days valid), as when an admin adds one. ' +
      'Leave off when the organisation signs in through its identity provider.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  sendInvitations?: boolean;
}

export class PeopleImportErrorDto {
  @ApiProperty({ enum: IMPORT_COLUMNS, description: 'The column of the cell that is wrong.' })
  field: ImportColumn;
  @ApiProperty({ example: 'invalid-email', description: 'Stable code of the rule the cell broke.' })
  code: string;
  @ApiProperty({
    example: 'Moet een geldig e-mailadres zijn.',
    description: 'In the language of Accept-Language.',
  })
  reason: string;
}

export const IMPORT_CHANGES = ['name', 'jobTitle', 'roles', 'lineManagerEmail', 'active'] as const;

export class PeopleImportRowDto {
  @ApiProperty({
    description: 'The line in the file where the row starts (the header is line 1).',
    example: 2,
  })
  line: number;
  @ApiProperty({ description: 'As normalised (trimmed, lower case).', example: 'j.jansen@oss.nl' })
  email: string;
  @ApiProperty({ example: 'Jan Jansen' })
  displayName: string;
  @ApiProperty({ enum: ['create', 'update', 'unchanged', 'error'] })
  status: 'create' | 'update' | 'unchanged' | 'error';
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The existing person; null for a new one.',
  })
  personId: string | null;
  @ApiProperty({
    enum: IMPORT_CHANGES,
    isArray: true,
    description:
      'For an update: the fields that change (active: a switched-off account is switched on again).',
  })
  changes: (typeof IMPORT_CHANGES)[number][];
  @ApiProperty({
    enum: ROLES,
    isArray: true,
    description: 'The roles the person will have (empty for an error row).',
  })
  roles: Role[];
  @ApiProperty({
    type: [PeopleImportErrorDto],
    description: 'Every problem of the row at once (status error).',
  })
  errors: PeopleImportErrorDto[];
}

export class PeopleImportPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
}

export class PeopleImportKeptDto extends PeopleImportPersonDto {
  @ApiProperty({
    enum: ['self', 'platform-admin'],
    description: 'Why this person missing from the file is never switched off by you.',
  })
  reason: 'self' | 'platform-admin';
}

export class PeopleImportCountsDto {
  @ApiProperty() create: number;
  @ApiProperty() update: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() error: number;
  @ApiProperty({ description: 'Active people missing from the file (switched off only on request).' })
  missing: number;
}

export class PeopleImportPreviewDto {
  @ApiProperty({ enum: [';', ','], description: 'The separator the file was read with.' })
  delimiter: ';' | ',';
  @ApiProperty({
    enum: IMPORT_COLUMNS,
    isArray: true,
    description: 'The columns found (others are ignored).',
  })
  columns: ImportColumn[];
  @ApiProperty({ type: PeopleImportCountsDto }) counts: PeopleImportCountsDto;
  @ApiProperty({ type: [PeopleImportRowDto] }) rows: PeopleImportRowDto[];
  @ApiProperty({
    type: [PeopleImportPersonDto],
    description:
      'Active people of the organisation whom the file does not list: switched off with deactivateMissing.',
  })
  missing: PeopleImportPersonDto[];
  @ApiProperty({
    type: [PeopleImportKeptDto],
    description: 'Missing from the file, but never switched off by you.',
  })
  kept: PeopleImportKeptDto[];
}

export class PeopleImportResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() deactivated: number;
  @ApiProperty({
    description:
      'New people for whom an invitation link was made and mailed (0 unless sendInvitations); a mail that ' +
      'could not leave is logged, and an admin sends a new link from the people page.',
  })
  invitations: number;
}
