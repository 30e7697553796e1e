import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  discoveryDomain,
  rolesAfterSso,
  type SsoDecision,
  ssoDecision,
  ssoProfile,
  type SsoProfile,
} from '@klussenbank/domain';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { AuthService } from '../auth/auth.service.js';
import { type IssuedSession, type SessionClient, SessionService } from '../auth/session.service.js';
import { AuditLog } from '../audit/audit-log.service.js';
import { ProblemException } from '../common/problem/problem.js';
import { classifyFailure, OidcClientService, type ProviderFailure } from './oidc-client.service.js';
import { type ProviderRow, SsoRepository } from './sso.repository.js';

/** How long a browser has between leaving for the provider and coming back. */
const FLOW_TTL_SECONDS = 10 * 60;
/** How long the "prove your password" page waits. */
const LINK_TTL_SECONDS = 10 * 60;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const hashKey = (key: string): Buffer => createHash('sha256').update(key).digest();
const newBrowserKey = (): string => randomBytes(32).toString('base64url');

/** Only a path of our own, never another site (`//evil`, `/\evil`) or a scheme. */
export function safeReturnPath(path: string | undefined | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  return [...path].some((char) => char.charCodeAt(0) < 0x20) ? '/' : path.slice(0, 2000);
}

/** Why a sign-in through a provider ended on the login page instead of in Klussenbank. */
export type SsoErrorCode =
  | ProviderFailure
  | 'flow-expired'
  | 'provider-disabled'
  | Exclude<SsoDecision, 'sign-in' | 'create' | 'prove-password'>
  | 'email-missing'
  | 'email-domain-not-allowed';

export type DiscoveryResult =
  | { method: 'password' }
  | {
      method: 'sso';
      authorizationUrl: string;
      providerName: string;
      organisationName: string;
      browserKey: string;
    };

export type CallbackResult =
  | { kind: 'session'; session: IssuedSession; returnPath: string }
  | { kind: 'link'; browserKey: string }
  | { kind: 'error'; code: SsoErrorCode };

/**
 * Single sign-on with OpenID Connect (authorization code flow, PKCE S256, state and nonce bound to
 * the browser by a server-side record keyed by a random HttpOnly cookie). openid-client validates
 * the ID token (JWKS signature, iss, aud, exp, iat, nonce); a person is keyed by (issuer, sub).
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);

  constructor(
    @Inject(SsoRepository) private readonly repository: SsoRepository,
    @Inject(OidcClientService) private readonly oidc: OidcClientService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  /** Home realm discovery: where a work e-mail signs in, and for SSO the provider's authorization URL. */
  async discover(email: string, returnPath: string | undefined): Promise<DiscoveryResult> {
    const domain = discoveryDomain(email);
    const provider = domain ? await this.repository.providerForDomain(domain) : undefined;
    if (!provider) return { method: 'password' };
    let config: client.Configuration;
    try {
      config = await this.oidc.configuration(provider);
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      this.logger.warn(
        { event: 'sso.provider-unavailable', providerId: provider.id, err: error },
        'Identity provider discovery failed',
      );
      throw new ProblemException(503, 'identity-provider-unavailable', {
        params: { organisation: provider.organisationName },
      });
    }
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: this.oidc.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: email.trim(),
    });
    const browserKey = newBrowserKey();
    await this.repository.insertFlow(
      hashKey(browserKey),
      { providerId: provider.id, state, nonce, codeVerifier, returnPath: safeReturnPath(returnPath) },
      FLOW_TTL_SECONDS,
    );
    return {
      method: 'sso',
      authorizationUrl: authorizationUrl.toString(),
      providerName: provider.name,
      organisationName: provider.organisationName,
      browserKey,
    };
  }

  /** The provider sent the browser back: check everything, then sign in, create, or ask to link. */
  async callback(
    query: string,
    browserKey: string | undefined,
    client: SessionClient,
  ): Promise<CallbackResult> {
    let provider: ProviderRow | undefined;
    const result = await this.checkCallback(query, browserKey, client, (found) => (provider = found));
    if (result.kind === 'error') {
      // Nobody is known yet: the provider's organisation keeps the event, with no e-mail in it.
      await this.audit.record(
        { id: null, ipAddress: client.ip },
        {
          action: 'login.failed',
          organisationId: provider?.organisationId ?? null,
          object: provider ? { type: 'identity-provider', id: provider.id } : null,
          details: { method: 'oidc', reason: result.code },
        },
      );
    }
    return result;
  }

  private async checkCallback(
    query: string,
    browserKey: string | undefined,
    sessionClient: SessionClient,
    found: (provider: ProviderRow) => void,
  ): Promise<CallbackResult> {
    // Taken (deleted) whatever happens next: a state works once.
    const flow = browserKey ? await this.repository.takeFlow(hashKey(browserKey)) : undefined;
    if (!flow) return { kind: 'error', code: 'flow-expired' };
    const provider = await this.repository.provider(flow.providerId);
    if (provider) found(provider);
    if (!provider?.enabled) return { kind: 'error', code: 'provider-disabled' };
    let claims: client.IDToken;
    try {
      const config = await this.oidc.configuration(provider);
      const currentUrl = new URL(this.oidc.redirectUri);
      currentUrl.search = query;
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) return { kind: 'error', code: 'token-invalid' };
      claims = idToken;
    } catch (error) {
      const code = error instanceof ProblemException ? 'provider-unavailable' : classifyFailure(error);
      this.logger.warn(
        {
          event: 'sso.callback-failed',
          providerId: provider.id,
          code,
          reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        },
        'Single sign-on failed',
      );
      return { kind: 'error', code };
    }
    return this.signIn(provider, claims, flow.returnPath, sessionClient);
  }

  private async signIn(
    provider: ProviderRow,
    claims: client.IDToken,
    returnPath: string,
    sessionClient: SessionClient,
  ): Promise<CallbackResult> {
    const profile = ssoProfile(claims, provider.emailDomains);
    if (typeof profile === 'string') return { kind: 'error', code: profile };
    const sid = typeof claims['sid'] === 'string' ? claims['sid'] : null;
    const identity = await this.repository.identity(claims.iss, claims.sub);
    const sameEmail = identity ? undefined : await this.repository.userByEmail(profile.email);
    const decision = ssoDecision({
      linked: identity ? { deactivated: identity.user.deactivated } : null,
      sameEmail: sameEmail ?? null,
      providerOrganisationId: provider.organisationId,
    });
    switch (decision) {
      case 'sign-in': {
        const found = identity!;
        const roles = rolesAfterSso({
          rolesClaim: provider.rolesClaim,
          mapping: provider.roleMapping,
          claims,
          current: found.user.roles,
        });
        await this.repository.transaction(async (tx) => {
          await this.repository.updateUserFromProvider(tx, found.user.id, { ...profile, roles });
          await this.repository.touchIdentity(tx, found.id, provider.id);
        });
        const session = await this.sessions.issue(found.user.id, 'oidc', sessionClient, {
          externalIdentityId: found.id,
          sid,
        });
        return { kind: 'session', session, returnPath };
      }
      case 'create': {
        const created = await this.createPerson(provider, claims, profile);
        const session = await this.sessions.issue(created.userId, 'oidc', sessionClient, {
          externalIdentityId: created.identityId,
          sid,
        });
        return { kind: 'session', session, returnPath };
      }
      case 'prove-password': {
        const browserKey = newBrowserKey();
        await this.repository.insertPendingLink(
          hashKey(browserKey),
          {
            userId: sameEmail!.id,
            providerId: provider.id,
            subject: claims.sub,
            claims: { ...claims },
            sid,
            returnPath,
          },
          LINK_TTL_SECONDS,
        );
        return { kind: 'link', browserKey };
      }
      case 'account-deactivated':
      case 'email-in-other-organisation':
      case 'email-without-password':
        this.logger.warn({ event: `sso.${decision}`, providerId: provider.id }, 'Single sign-on refused');
        return { kind: 'error', code: decision };
    }
  }

  private async createPerson(
    provider: ProviderRow,
    claims: client.IDToken,
    profile: SsoProfile,
  ): Promise<{ userId: string; identityId: string }> {
    const roles = rolesAfterSso({
      rolesClaim: provider.rolesClaim,
      mapping: provider.roleMapping,
      claims,
      current: null,
    });
    return this.repository.transaction(async (tx) => {
      const userId = await this.repository.insertUser(tx, {
        organisationId: provider.organisationId,
        email: profile.email,
        displayName: profile.displayName,
        roles,
      });
      const identityId = await this.repository.insertIdentity(tx, {
        userId,
        providerId: provider.id,
        issuer: claims.iss,
        subject: claims.sub,
      });
      return { userId, identityId };
    });
  }

  /** What the "prove your password" page shows. */
  async pendingLink(
    browserKey: string | undefined,
  ): Promise<{ email: string; organisationName: string; providerName: string }> {
    const link = browserKey ? await this.repository.pendingLink(hashKey(browserKey)) : undefined;
    if (!link) throw new ProblemException(410, 'sso-link-gone');
    return { email: link.email, organisationName: link.organisationName, providerName: link.providerName };
  }

  /**
   * The holder of the account with the provider's e-mail proves its password (under the login
   * throttle); then the identity is linked to that account, which the provider updates, and a
   * session starts. A wrong password leaves the pending link for another try.
   */
  async completeLink(
    browserKey: string | undefined,
    password: string,
    sessionClient: SessionClient,
  ): Promise<{ session: IssuedSession; returnPath: string }> {
    const key = browserKey ? hashKey(browserKey) : undefined;
    const link = key ? await this.repository.pendingLink(key) : undefined;
    const account = link ? await this.repository.passwordHash(link.userId) : undefined;
    if (!key || !link || !account) throw new ProblemException(410, 'sso-link-gone');
    const ip = sessionClient.ip ?? '';
    if (!(await this.auth.verifyCurrentPassword({ id: link.userId, ...account }, password, ip))) {
      await this.audit.record(
        { id: null, ipAddress: sessionClient.ip },
        {
          action: 'login.failed',
          organisationId: (await this.repository.provider(link.providerId))?.organisationId ?? null,
          object: { type: 'user', id: link.userId },
          details: { method: 'oidc-link', reason: 'invalid-credentials' },
        },
      );
      throw new ProblemException(401, 'invalid-credentials');
    }
    const provider = await this.repository.provider(link.providerId);
    if (!provider?.enabled) throw new ProblemException(410, 'sso-link-gone');
    const profile = ssoProfile(link.claims, provider.emailDomains);
    const issuer = String(link.claims['iss']);
    const holder = await this.repository.userByEmail(link.email);
    const identityId = await this.repository.transaction(async (tx) => {
      if (!(await this.repository.deletePendingLink(tx, key)))
        throw new ProblemException(410, 'sso-link-gone');
      const id = await this.repository.insertIdentity(tx, {
        userId: link.userId,
        providerId: provider.id,
        issuer,
        subject: link.subject,
      });
      if (typeof profile !== 'string') {
        const roles = rolesAfterSso({
          rolesClaim: provider.rolesClaim,
          mapping: provider.roleMapping,
          claims: link.claims,
          current: holder?.roles ?? null,
        });
        await this.repository.updateUserFromProvider(tx, link.userId, { ...profile, roles });
      }
      return id;
    });
    const session = await this.sessions.issue(link.userId, 'oidc', sessionClient, {
      externalIdentityId: identityId,
      sid: link.sid,
      linked: true,
    });
    return { session, returnPath: link.returnPath };
  }

  /**
   * Where the browser goes to end the provider's session too (RP-initiated logout), when the session
   * came through a provider that offers an end_session_endpoint; null otherwise or when it cannot be
   * reached (the Klussenbank session ends anyway).
   */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const identity = await this.repository.sessionIdentity(sessionId);
    const provider = identity?.providerId ? await this.repository.provider(identity.providerId) : undefined;
    if (!provider) return null;
    try {
      const config = await this.oidc.configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client
        .buildEndSessionUrl(config, {
          client_id: provider.clientId,
          post_logout_redirect_uri: this.oidc.postLogoutRedirectUri,
        })
        .toString();
    } catch (error) {
      this.logger.warn(
        { event: 'sso.end-session-unavailable', providerId: provider.id, err: error },
        'No logout at the identity provider',
      );
      return null;
    }
  }

  /**
   * Back-channel logout (OpenID Connect Back-Channel Logout 1.0): the logout token is verified with
   * the provider's JWKS (signature, iss, aud, iat, the logout event, no nonce), then the sessions it
   * names end. False: the token does not hold.
   */
  async backchannelLogout(logoutToken: string): Promise<boolean> {
    let unverified: ReturnType<typeof decodeJwt>;
    try {
      unverified = decodeJwt(logoutToken);
    } catch {
      return false;
    }
    const audiences = [unverified.aud ?? []].flat();
    const providers =
      typeof unverified.iss === 'string' ? await this.repository.providersByIssuer(unverified.iss) : [];
    const provider = providers.find((candidate) => audiences.includes(candidate.clientId));
    if (!provider) return false;
    try {
      const config = await this.oidc.configuration(provider);
      const jwksUri = config.serverMetadata().jwks_uri;
      if (!jwksUri) return false;
      const { payload } = await jwtVerify(logoutToken, createRemoteJWKSet(new URL(jwksUri)), {
        issuer: provider.issuer,
        audience: provider.clientId,
        maxTokenAge: '5 minutes',
        requiredClaims: ['iat', 'jti', 'events'],
      });
      const events = payload['events'];
      const hasEvent = typeof events === 'object' && events !== null && BACKCHANNEL_EVENT in events;
      const sub = typeof payload.sub === 'string' ? payload.sub : null;
      const sid = typeof payload['sid'] === 'string' ? payload['sid'] : null;
      if (!hasEvent || 'nonce' in payload || (!sub && !sid)) return false;
      const ids = await this.repository.sessionsForLogout(provider.issuer, sub, sid);
      for (const id of ids) await this.sessions.revoke(id);
      this.logger.log({ event: 'sso.backchannel-logout', providerId: provider.id, sessions: ids.length });
      return true;
    } catch (error) {
      this.logger.warn(
        { event: 'sso.backchannel-logout-refused', providerId: provider.id, err: error },
        'Logout token refused',
      );
      return false;
    }
  }
}
