import Negotiator from 'negotiator';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from './messages.js';

/**
 * The language of the API's texts for this request, from `Accept-Language` (RFC 9110 with quality
 * values, "en-GB" counts as "en"): English when the client prefers it over Dutch, Dutch otherwise.
 */
export function requestLanguage(headers: Record<string, string | string[] | undefined>): Language {
  const header = headers['accept-language'];
  if (typeof header !== 'string' || header.trim() === '') return DEFAULT_LANGUAGE;
  const chosen = new Negotiator({ headers: { 'accept-language': header } }).language([...LANGUAGES]);
  return (LANGUAGES as readonly string[]).includes(chosen ?? '') ? (chosen as Language) : DEFAULT_LANGUAGE;
}
