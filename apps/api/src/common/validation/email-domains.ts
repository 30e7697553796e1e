import { applyDecorators } from '@nestjs/common';
import { EMAIL_DOMAINS_MAX, normaliseDomain } from '@klussenbank/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

/**
 * A list of e-mail domains as organisations and identity providers take it: each normalised by the
 * domain's rule (`normaliseDomain`), at most EMAIL_DOMAINS_MAX, each a string of at most 253
 * characters. Whether the list may be left out is the DTO's own decorator (`@IsOptional`).
 */
export const EmailDomainList = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? (value as unknown[]).map((item) => (typeof item === 'string' ? normaliseDomain(item) : item))
        : value,
    ),
    IsArray({ message: 'Geef een lijst met domeinen.' }),
    ArrayMaxSize(EMAIL_DOMAINS_MAX, { message: `Hoogstens ${EMAIL_DOMAINS_MAX} domeinen.` }),
    IsString({ each: true, message: 'Elk domein is tekst.' }),
    MaxLength(253, { each: true, message: 'Een domein heeft hoogstens 253 tekens.' }),
  );
