import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT, decodeJwt } from 'jose';
import Provider from 'oidc-provider';

export interface TestAccount {
  email?: string;
  name?: string;
  [claim: string]: unknown;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri?: string;
  backchannelLogoutUri?: string;
}

/** Rewrites the ID token the provider's token endpoint answers (a stand-in for a forged or broken token). */
export type IdTokenTamper = (idToken: string, own: { privateJwk: JWK; kid: string }) => Promise<string>;

export interface TestIdentityProvider {
  issuer: string;
  /** Accounts by subject (the login typed on the dev login page); their claims go into the ID token. */
  accounts: Map<string, TestAccount>;
  /** The provider's own signing key (private), to sign tokens as the provider would. */
  privateJwk: JWK;
  kid: string;
  tamperIdToken(tamper: IdTokenTamper | null): void;
  /**
   * Drives the provider's own login page over HTTP as a browser would (GET the authorization URL,
   * follow to the interaction, POST the login) and answers the URL it sends the browser back to.
   */
  signIn(authorizationUrl: string, subject: string): Promise<URL>;
  /** A back-channel logout token for the subject, signed with the provider's key. */
  logoutToken(clientId: string, claims: { sub?: string; sid?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on a free port of 127.0.0.1, with its
 * development login page (any password), consent given for the clients, and the profile claims in
 * the ID token (as Entra ID and Keycloak can be set up to do).
 */
export async function startTestIdentityProvider(clients: TestClient[]): Promise<TestIdentityProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `key-${Math.random().toString(36).slice(2, 8)}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, TestAccount>();
  let tamper: IdTokenTamper | null = null;

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      ...(c.postLogoutRedirectUri ? { post_logout_redirect_uris: [c.postLogoutRedirectUri] } : {}),
      ...(c.backchannelLogoutUri ? { backchannel_logout_uri: c.backchannelLogoutUri } : {}),
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [privateJwk] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles', 'groups'] },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      backchannelLogout: { enabled: true },
    },
    findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return Promise.resolve(undefined);
      return Promise.resolve({ accountId: sub, claims: () => ({ sub, ...account }) });
    },
    // First-party clients: consent is given, so the login page is the only interaction.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(['email', 'name', 'roles', 'groups']);
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && tamper) {
      const body = ctx.body as { id_token?: string };
      if (body.id_token) body.id_token = await tamper(body.id_token, { privateJwk, kid });
    }
  });
  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);

  return {
    issuer,
    accounts,
    privateJwk,
    kid,
    tamperIdToken: (next) => {
      tamper = next;
    },
    async signIn(authorizationUrl, subject) {
      const jar = new Map<string, string>();
      const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
        const response = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: {
            ...(init.headers as Record<string, string>),
            cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          jar.set(pair.slice(0, at), pair.slice(at + 1));
        }
        return response;
      };
      let response = await send(authorizationUrl);
      let location = new URL(response.headers.get('location') ?? '', issuer);
      // The interaction page (GET), then its login form (POST to the same path).
      await send(location.toString());
      response = await send(location.toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: subject, password: 'test' }).toString(),
      });
      // Back to the authorization endpoint, which redirects to the client with the code.
      for (let hop = 0; hop < 5; hop++) {
        location = new URL(response.headers.get('location') ?? '', issuer);
        if (location.origin !== issuer) return location;
        response = await send(location.toString());
        if (response.status < 300 || response.status >= 400) {
          throw new Error(
            `Provider answered ${response.status} at ${location.pathname}: ${await response.text()}`,
          );
        }
      }
      throw new Error('The provider did not send the browser back');
    },
    async logoutToken(clientId, claims) {
      const { importJWK } = await import('jose');
      const key = await importJWK(privateJwk, 'RS256');
      return new SignJWT({ ...claims, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'logout+jwt' })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setIssuedAt()
        .setJti(Math.random().toString(36).slice(2))
        .sign(key);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The claims of a JWT without checking it (for tampering in tests). */
export const claimsOf = (jwt: string) => decodeJwt(jwt);
