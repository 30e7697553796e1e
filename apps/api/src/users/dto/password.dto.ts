import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@klussenbank/domain';
import { IsString, Length, MaxLength } from 'class-validator';

const NEW_PASSWORD = {
  format: 'password',
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description:
    'At least 12 characters; not a common or leaked password, not a repetition or run (123456…), ' +
    "not containing the person's name or the local part of their e-mail address.",
};

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString({ message: 'Vul uw huidige wachtwoord in.' })
  @Length(1, PASSWORD_MAX_LENGTH, { message: 'Vul uw huidige wachtwoord in.' })
  currentPassword: string;

  @ApiProperty(NEW_PASSWORD)
  @IsString({ message: 'Vul een nieuw wachtwoord in.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Hoogstens ${PASSWORD_MAX_LENGTH} tekens.` })
  newPassword: string;
}

export class SetPasswordDto {
  @ApiProperty(NEW_PASSWORD)
  @IsString({ message: 'Vul een nieuw wachtwoord in.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Hoogstens ${PASSWORD_MAX_LENGTH} tekens.` })
  newPassword: string;
}

export class PasswordLinkDto {
  @ApiProperty({
    enum: ['invite', 'reset'],
    description: 'invite: the first password of a new account; reset: a new password.',
  })
  purpose: 'invite' | 'reset';

  @ApiProperty({ description: 'Whose password this link sets (for the password manager).' })
  email: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
