import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { refuseForbiddenCharacters } from '../validation/forbidden-characters.js';
import { isPlainObject, notAnObjectProblem, validationProblem } from './validation.js';

/**
 * Nest's ValidationPipe, reporting every field at once as problem+json, refusing non-object bodies
 * and text that no field may hold (NUL, half a surrogate pair) anywhere in a body or query.
 */
@Injectable()
export class ProblemValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      // Target and value stay on the errors: the field codes read the decorators' arguments and the value.
      validationError: { target: true, value: true },
      exceptionFactory: validationProblem,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && !isPlainObject(value)) throw notAnObjectProblem();
    // Before the validators: some of them throw on half a surrogate pair instead of answering false.
    if (metadata.type === 'body' || metadata.type === 'query')
      refuseForbiddenCharacters(value, metadata.data);
    return super.transform(value, metadata);
  }
}
