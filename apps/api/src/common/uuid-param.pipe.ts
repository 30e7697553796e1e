import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ProblemException } from './problem/problem.js';

/** An id that is not even a UUID names nothing: 404, like any other unknown id. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw ProblemException.notFound();
    return value;
  }
}
