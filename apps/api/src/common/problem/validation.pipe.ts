import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { isPlainObject, notAnObjectProblem, validationProblem } from './validation.js';

/** Nest's ValidationPipe, reporting every field at once as problem+json, refusing non-object bodies. */
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
    return super.transform(value, metadata);
  }
}
