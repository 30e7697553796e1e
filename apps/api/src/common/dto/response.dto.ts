import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../pagination.js';

/** Something named that a client can link to: an organisation, a person, a partnership. */
export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** A person with their organisation. */
export class PersonDto extends NamedRefDto {
  @ApiProperty({ type: NamedRefDto }) organisation: NamedRefDto;
}

type PropertyOptions = NonNullable<Parameters<typeof ApiProperty>[0]>;
type Properties = Extract<PropertyOptions, { type: 'object'; properties: unknown }>['properties'];

const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;

/**
 * An object that may be null, written out where it is used: OpenAPI 3.0's `nullable` does not
 * combine with a `$ref` (null would still fail the referenced schema).
 */
export function nullableObject(properties: Properties, description?: string): PropertyOptions {
  return {
    type: 'object',
    nullable: true,
    required: Object.keys(properties),
    properties,
    ...(description ? { description } : {}),
  };
}

export const NULLABLE_NAMED_REF = nullableObject({ id: uuid, name: text });

export const nullablePerson = (description?: string) =>
  nullableObject(
    {
      id: uuid,
      name: text,
      organisation: { type: 'object', required: ['id', 'name'], properties: { id: uuid, name: text } },
    },
    description,
  );

/** `{ items, page, pageSize, total }` of `item`, named after it (TaskSummaryDto → TaskSummaryPageDto). */
export function PageDto<T>(item: Type<T>): Type<Page<T>> {
  class PageOf {
    items: T[];
    page: number;
    pageSize: number;
    total: number;
  }
  ApiProperty({ type: [item] })(PageOf.prototype, 'items');
  ApiProperty({ type: 'integer', minimum: 1 })(PageOf.prototype, 'page');
  ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })(PageOf.prototype, 'pageSize');
  ApiProperty({ type: 'integer', minimum: 0, description: 'All matches, not only this page.' })(
    PageOf.prototype,
    'total',
  );
  Object.defineProperty(PageOf, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageOf;
}

/** `{ items }`: a whole (short) list of `item`, named after it (CheckpointDto → CheckpointListDto). */
export function ListDto<T>(item: Type<T>): Type<{ items: T[] }> {
  class ListOf {
    items: T[];
  }
  ApiProperty({ type: [item] })(ListOf.prototype, 'items');
  Object.defineProperty(ListOf, 'name', { value: `${item.name.replace(/Dto$/, '')}ListDto` });
  return ListOf;
}
