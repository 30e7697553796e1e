import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_DOMAINS_MAX,
  NAME_MAX_LENGTH,
  normaliseDomain,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';

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

const FINDABLE_WITHIN =
  "Trekkers of this organisation's own employees may see its employees by name as suggestions in a " +
  "dossier's skill gap. On by default; people of other organisations decide for themselves.";

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
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? (value as unknown[]).map((item) => (typeof item === 'string' ? normaliseDomain(item) : item))
      : value,
  )
  @IsArray({ message: 'Geef een lijst met domeinen.' })
  @ArrayMaxSize(EMAIL_DOMAINS_MAX, { message: `Hoogstens ${EMAIL_DOMAINS_MAX} domeinen.` })
  @IsString({ each: true, message: 'Elk domein is tekst.' })
  @MaxLength(253, { each: true, message: 'Een domein heeft hoogstens 253 tekens.' })
  emailDomains?: string[];
}
