import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'medewerker@oss.klussenbank.test' })
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  email: string;

  @ApiProperty({ example: 'welkom-bij-klussenbank', format: 'password' })
  @IsString({ message: 'Vul uw wachtwoord in.' })
  @Length(1, 256, { message: 'Vul uw wachtwoord in.' })
  password: string;

  @ApiPropertyOptional({
    description:
      'true: the session lives in an HttpOnly cookie (the web client) and no token is returned; ' +
      'false (default): the response holds a bearer token for API clients.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Moet true of false zijn.' })
  cookie?: boolean;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token; absent when the session is kept in a cookie.', required: false })
  token?: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'Send as X-CSRF-Token on writes that are authenticated by the cookie.' })
  csrfToken: string;
}
