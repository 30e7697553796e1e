import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_DOMAINS_MAX,
  HOUR_CAP_LIMITS,
  HOUR_CAP_MODES,
  type HourCapMode,
  NAME_MAX_LENGTH,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { EmailDomainList } from '../../common/validation/email-domains.js';

export const trimName = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Gemeente Oss', maxLength: NAME_MAX_LENGTH })
  @Transform(trimName)
  @IsString({ message: 'Vul een naam in.' })
  @Length(1, NAME_MAX_LENGTH, { message: `Vul een naam in van hoogstens ${NAME_MAX_LENGTH} tekens.` })
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'municipality' })
  @IsIn(ORGANISATION_KINDS, { message: `Kies uit: ${ORGANISATION_KINDS.join(', ')}.` })
  kind: OrganisationKind;
}

const HOUR_CAP =
  "Monthly cap of klus hours per employee (whole hours); null: none. A klus's estimated hours are spread evenly over its days; a line manager may set a lower cap for a person.";
const HOUR_CAP_MODE =
  'refuse: a claim that would go over the cap is refused (409 hour-cap-exceeded); warn: it goes through and the line manager is notified.';

const FINDABLE_WITHIN =
  "Trekkers of this organisation's own employees may see its employees by name as suggestions in a " +
  "dossier's skill gap. On by default; people of other organisations decide for themselves.";

const PASSWORD_LOGIN =
  'Whether its people may sign in with a password. Can be switched off only while the organisation has an ' +
  'enabled identity provider (single sign-on); platform admins keep their password login (break-glass).';

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ type: [String], description: 'Ids of the partnerships this organisation belongs to.' })
  partnershipIds: string[];
  @ApiProperty({
    description:
      "Claims by this organisation's employees wait for their line manager's consent before they count. Off by default.",
  })
  consentRequired: boolean;
  @ApiProperty({ description: FINDABLE_WITHIN })
  findableWithinOrganisation: boolean;
  @ApiProperty({
    type: [String],
    example: ['oss.nl'],
    description:
      "The domains of its users' e-mail addresses: a user added to it needs an address on one of them. Empty: any address.",
  })
  emailDomains: string[];
  @ApiProperty({ type: Number, nullable: true, description: HOUR_CAP })
  hourCapPerMonth: number | null;
  @ApiProperty({ enum: HOUR_CAP_MODES, description: HOUR_CAP_MODE })
  hourCapMode: HourCapMode;
  @ApiProperty({ description: PASSWORD_LOGIN })
  passwordLogin: boolean;
}

/** Changes what it names; a field left out stays as it is. */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({
    description: "Whether claims by this organisation's employees wait for their line manager's consent.",
  })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  consentRequired?: boolean;

  @ApiPropertyOptional({ description: FINDABLE_WITHIN })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  findableWithinOrganisation?: boolean;

  @ApiPropertyOptional({
    type: [String],
    maxItems: EMAIL_DOMAINS_MAX,
    example: ['oss.nl'],
    description:
      'The whole list of e-mail domains (`oss.nl`, no `@`), in any case; an exact match, subdomains are not included. Empty: any address.',
  })
  @IsOptional()
  @EmailDomainList()
  emailDomains?: string[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: HOUR_CAP_LIMITS.min,
    maximum: HOUR_CAP_LIMITS.max,
    description: `${HOUR_CAP} Sending null removes the cap; leaving it out keeps it.`,
  })
  @IsOptional()
  @IsInt({ message: 'Vul een heel aantal uren in.' })
  @Min(HOUR_CAP_LIMITS.min, { message: `Vul een aantal uren in van ${HOUR_CAP_LIMITS.min} of meer.` })
  @Max(HOUR_CAP_LIMITS.max, { message: `Vul hoogstens ${HOUR_CAP_LIMITS.max} uur in.` })
  hourCapPerMonth?: number | null;

  @ApiPropertyOptional({ enum: HOUR_CAP_MODES, description: HOUR_CAP_MODE })
  @IsOptional()
  @IsIn(HOUR_CAP_MODES, { message: `Kies uit: ${HOUR_CAP_MODES.join(', ')}.` })
  hourCapMode?: HourCapMode;

  @ApiPropertyOptional({ description: PASSWORD_LOGIN })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  passwordLogin?: boolean;
}
