import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class SsoDiscoveryDto {
  @ApiProperty({ example: 'anna.de.vries@oss.nl', description: 'The work e-mail the person typed.' })
  @IsEmail({}, { message: 'Vul uw e-mailadres van het werk in.' })
  @MaxLength(320, { message: 'Hoogstens 320 tekens.' })
  email: string;

  @ApiPropertyOptional({
    example: '/klussen',
    description: 'Where to land after signing in: a path of this site (anything else becomes /).',
  })
  @IsOptional()
  @IsString({ message: 'Geef een pad.' })
  @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' })
  returnPath?: string;
}

export class SsoDiscoveryResponseDto {
  @ApiProperty({
    enum: ['sso', 'password'],
    description:
      "sso: the e-mail's organisation signs in with its identity provider; go to authorizationUrl (a short-lived HttpOnly cookie binds the request to this browser). password: sign in with e-mail and password.",
  })
  method: 'sso' | 'password';

  @ApiPropertyOptional({
    description: "The provider's authorization URL (code flow, PKCE S256, state and nonce).",
  })
  authorizationUrl?: string;

  @ApiPropertyOptional({ example: 'Microsoft Entra ID' })
  providerName?: string;

  @ApiPropertyOptional({ example: 'Gemeente Oss' })
  organisationName?: string;
}

export class SsoLinkDto {
  @ApiProperty({ format: 'password', description: 'The password of the existing Klussenbank account.' })
  @IsString({ message: 'Vul uw wachtwoord in.' })
  @Length(1, 256, { message: 'Vul uw wachtwoord in.' })
  password: string;
}

export class SsoPendingLinkDto {
  @ApiProperty({ description: 'The existing account the provider’s e-mail belongs to.' }) email: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() providerName: string;
}

export class SsoLogoutResponseDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "Where the browser goes to end the identity provider's session too (RP-initiated logout); null for a password session or a provider without end_session_endpoint.",
  })
  endSessionUrl: string | null;
}
