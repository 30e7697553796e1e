import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { isPlainObject, notAnObjectProblem, validationProblem } from '../common/problem/validation.js';
import { refuseForbiddenCharacters } from '../common/validation/forbidden-characters.js';
import { LoginDto } from './dto/login.dto.js';

/** Checks the body first, so a malformed login is a 400 listing every field, not a bare 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    if (!isPlainObject(body)) throw notAnObjectProblem();
    refuseForbiddenCharacters(body);
    const errors = await validate(plainToInstance(LoginDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0) throw validationProblem(errors);
    return (await super.canActivate(context)) as boolean;
  }
}
