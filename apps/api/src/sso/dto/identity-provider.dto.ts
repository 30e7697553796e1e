import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  EMAIL_DOMAINS_MAX,
  issuerProblem,
  ROLE_MAPPING_MAX,
  SSO_MAPPABLE_ROLES,
  type SsoMappableRole,
} from '@klussenbank/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { EmailDomainList } from '../../common/validation/email-domains.js';

/** An http(s) URL without query or fragment; https in production is checked by the service. */
const IsIssuerUrl = () =>
  ValidateBy({
    name: 'isIssuerUrl',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && issuerProblem(value, false) === null,
      defaultMessage: () => 'Vul de issuer-URL in, met https:// en zonder ? of #.',
    },
  });

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RoleMappingEntryDto {
  @ApiProperty({ example: 'kb-managers', maxLength: 200, description: 'A value of the roles claim.' })
  @IsString({ message: 'Vul de waarde uit de claim in.' })
  @Length(1, 200, { message: 'Vul een waarde in van hoogstens 200 tekens.' })
  claimValue: string;

  @ApiProperty({
    enum: SSO_MAPPABLE_ROLES,
    description: 'The Klussenbank role it gives. Platform admin is never given by a provider.',
  })
  @IsIn(SSO_MAPPABLE_ROLES, { message: `Kies uit: ${SSO_MAPPABLE_ROLES.join(', ')}.` })
  role: SsoMappableRole;
}

const ISSUER =
  'The issuer URL exactly as the provider names itself (its /.well-known/openid-configuration lives below it). https only in production.';
const DOMAINS =
  "E-mail domains (`oss.nl`) whose people sign in here: home realm discovery leads them to this provider, and an ID token's e-mail must be on one of them. Empty: the organisation's own e-mail domains lead here, and any e-mail is accepted.";
const ROLES_CLAIM =
  'The ID-token claim that carries roles or groups (`roles`, `groups`, a dotted path such as `realm_access.roles`). Null: roles are managed in Klussenbank and a new person is an employee.';

export class CreateIdentityProviderDto {
  @ApiProperty({ example: 'Microsoft Entra ID', maxLength: 100, description: 'Shown on the login page.' })
  @Transform(trim)
  @IsString({ message: 'Vul een naam in.' })
  @Length(1, 100, { message: 'Vul een naam in van hoogstens 100 tekens.' })
  name: string;

  @ApiProperty({
    example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    description: ISSUER,
  })
  @Transform(trim)
  @IsString({ message: 'Vul de issuer-URL in.' })
  @MaxLength(500, { message: 'Hoogstens 500 tekens.' })
  @IsIssuerUrl()
  issuer: string;

  @ApiProperty({ example: 'klussenbank', maxLength: 500 })
  @Transform(trim)
  @IsString({ message: 'Vul de client-id in.' })
  @Length(1, 500, { message: 'Vul een client-id in van hoogstens 500 tekens.' })
  clientId: string;

  @ApiProperty({
    writeOnly: true,
    maxLength: 2000,
    description: 'Stored encrypted (AES-256-GCM) and never returned. Send a new one to rotate it.',
  })
  @IsString({ message: 'Vul het client-secret in.' })
  @Length(1, 2000, { message: 'Vul een client-secret in van hoogstens 2000 tekens.' })
  clientSecret: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: EMAIL_DOMAINS_MAX,
    example: ['oss.nl'],
    description: DOMAINS,
  })
  @IsOptional()
  @EmailDomainList()
  emailDomains?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'groups',
    maxLength: 200,
    description: ROLES_CLAIM,
  })
  @IsOptional()
  @IsString({ message: 'Vul de naam van de claim in.' })
  @Matches(/^[\x21-\x7e]{1,200}$/, { message: 'Een claimnaam heeft 1 tot 200 tekens, zonder spaties.' })
  rolesClaim?: string | null;

  @ApiPropertyOptional({
    type: [RoleMappingEntryDto],
    maxItems: ROLE_MAPPING_MAX,
    description:
      'Which values of the roles claim give which role; a person gets every role whose value they hold.',
  })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst van waarden en rollen.' })
  @ArrayMaxSize(ROLE_MAPPING_MAX, { message: `Hoogstens ${ROLE_MAPPING_MAX} regels.` })
  @ValidateNested({ each: true })
  @Type(() => RoleMappingEntryDto)
  roleMapping?: RoleMappingEntryDto[];

  @ApiPropertyOptional({ default: true, description: 'Off: nobody signs in through it; discovery skips it.' })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  enabled?: boolean;
}

/** Changes what it names; without `clientSecret` the stored secret stays. */
export class UpdateIdentityProviderDto extends PartialType(CreateIdentityProviderDto) {}

export class IdentityProviderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: ISSUER }) issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ description: 'Always true: a secret is stored. The secret itself is never returned.' })
  clientSecretSet: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the client secret was last written.' })
  secretUpdatedAt: string;
  @ApiProperty({ type: [String], description: DOMAINS }) emailDomains: string[];
  @ApiProperty({ type: String, nullable: true, description: ROLES_CLAIM }) rolesClaim: string | null;
  @ApiProperty({ type: [RoleMappingEntryDto] }) roleMapping: RoleMappingEntryDto[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({ description: 'Register exactly this redirect URI at the provider.' })
  redirectUri: string;
  @ApiProperty({ description: 'Where the provider may send back-channel logout tokens.' })
  backchannelLogoutUri: string;
  @ApiProperty({ description: 'Register this as the post-logout redirect URI.' })
  postLogoutRedirectUri: string;
}
