import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { ProblemException } from '../common/problem/problem.js';
import { AppConfig } from '../config/app-config.js';
import { openSecret } from './secret-box.js';
import type { ProviderRow } from './sso.repository.js';

/** How long a provider's discovery document (and so its JWKS cache) is reused. */
const CONFIGURATION_TTL_MS = 60 * 60 * 1000;
/** Longest wait for one request to a provider (discovery, token, JWKS). */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** Why talking to a provider failed: it could not be reached, or what it sent did not hold up. */
export type ProviderFailure = 'provider-unavailable' | 'provider-refused' | 'token-invalid';

/** A network failure (refused, reset, DNS, time-out) rather than a bad answer. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) return true;
  const cause = (error as { cause?: unknown }).cause;
  if (!(cause instanceof Error) || cause === error) return false;
  const code = (cause as { code?: unknown }).code;
  // Node's system errors (ECONNREFUSED, ENOTFOUND, …) and undici's (UND_ERR_…), not the library's checks.
  return isUnreachable(cause) || (typeof code === 'string' && /^(E[A-Z]+$|UND_ERR)/.test(code));
}

export function classifyFailure(error: unknown): ProviderFailure {
  if (isUnreachable(error)) return 'provider-unavailable';
  if (error instanceof client.AuthorizationResponseError) return 'provider-refused';
  if (error instanceof client.ResponseBodyError && error.status >= 500) return 'provider-unavailable';
  return 'token-invalid';
}

/**
 * The openid-client configuration of each provider: discovery once an hour (its JWKS cache goes with
 * it, and openid-client fetches the JWKS again when a token names a key it does not know, so a
 * provider can rotate keys). A provider changed by an admin is discovered afresh.
 */
@Injectable()
export class OidcClientService {
  private readonly cache = new Map<string, { version: string; at: number; config: client.Configuration }>();

  constructor(@Inject(AppConfig) private readonly appConfig: AppConfig) {}

  get redirectUri(): string {
    return new URL('/api/v1/auth/sso/callback', this.appConfig.PUBLIC_URL).toString();
  }

  get postLogoutRedirectUri(): string {
    return new URL('/inloggen', this.appConfig.PUBLIC_URL).toString();
  }

  get backchannelLogoutUri(): string {
    return new URL('/api/v1/auth/sso/backchannel-logout', this.appConfig.PUBLIC_URL).toString();
  }

  /** The key for client secrets, or 503 when production runs without OIDC_SECRET_KEY. */
  secretKey(): Buffer {
    const key = this.appConfig.oidcSecretKey;
    if (!key) throw new ProblemException(503, 'sso-not-configured');
    return key;
  }

  async configuration(provider: ProviderRow): Promise<client.Configuration> {
    const version = `${provider.updatedAt.toISOString()}|${provider.secretUpdatedAt.toISOString()}`;
    const cached = this.cache.get(provider.id);
    if (cached && cached.version === version && Date.now() - cached.at < CONFIGURATION_TTL_MS) {
      return cached.config;
    }
    const secret = openSecret(this.secretKey(), provider.id, provider.clientSecretEncrypted);
    const insecure = new URL(provider.issuer).protocol === 'http:';
    if (insecure && this.appConfig.isProduction) throw new Error('An http issuer in production');
    const config = await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { client_secret: secret, id_token_signed_response_alg: 'RS256' },
      client.ClientSecretBasic(secret),
      {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      },
    );
    config.timeout = PROVIDER_TIMEOUT_SECONDS;
    // Without this, an ID token from the token endpoint is trusted on TLS alone (OIDC Core 3.1.3.7
    // allows that); the NL GOV profile wants its signature checked against the provider's JWKS.
    client.enableNonRepudiationChecks(config);
    this.cache.set(provider.id, { version, at: Date.now(), config });
    return config;
  }

  forget(providerId: string): void {
    this.cache.delete(providerId);
  }
}
