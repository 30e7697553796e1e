import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../../auth/auth.decorators.js';
import { applyNlApiConventions } from './nl-api-conventions.js';

export const API_PREFIX = 'api/v1';
export const API_VERSION = '1.0.0';

/**
 * The OpenAPI document of the API. One function for the served document (create-app.ts) and the
 * committed export (apps/api/openapi.json, `npm run openapi`), so the two cannot differ.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Klussenbank API')
      .setDescription(
        'The API of Klussenbank, the marketplace where partner municipalities share bounded work (klussen). ' +
          'Follows the NL API Design Rules; resource names are English (comply or explain: one vocabulary ' +
          'shared with the code). Errors are application/problem+json (RFC 9457).',
      )
      .setVersion(API_VERSION)
      .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
      .setContact('Klussenbank', 'https://klussenbank.nl', 'api@klussenbank.nl')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        description: 'The opaque session token from POST /auth/login',
      })
      .addCookieAuth(SESSION_COOKIE, {
        type: 'apiKey',
        in: 'cookie',
        description:
          'The session cookie the web client gets from POST /auth/login with `"cookie": true`; ' +
          'in production (HTTPS only) it is named `__Host-kb_session`',
      })
      .build(),
    { ignoreGlobalPrefix: true },
  );
  return applyNlApiConventions(document, API_VERSION);
}
