import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { DemoSsoAccount } from '../seed/demo-sso.js';

export interface DevIdentityProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A development OpenID provider for `npm start` (the `oidc-provider` package, a certified
 * implementation): its own login page, where any password works and the login decides who you are
 * (`accountFor`), one confidential client (Klussenbank), PKCE, RP-initiated and back-channel
 * logout. It listens on 127.0.0.1 only, on `port` or a free one when that is taken; its signing
 * key is new at every start. Never part of a production system (a devDependency, loaded only here).
 */
export async function startDevIdentityProvider(options: {
  port: number;
  client: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    postLogoutRedirectUri: string;
    backchannelLogoutUri: string;
  };
  accountFor: (login: string) => DemoSsoAccount | null;
}): Promise<DevIdentityProvider> {
  const { default: Provider } = await import('oidc-provider');
  let callback:
    ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | null =
    null;
  const server = createServer((req, res) => {
    if (callback) callback(req, res);
    else res.writeHead(503).end();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const listen = (wanted: number) => {
      server.once('error', (error: Error & { code?: string }) => {
        if (error.code === 'EADDRINUSE' && wanted !== 0) listen(0);
        else reject(error);
      });
      server.listen(wanted, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    };
    listen(options.port);
  });
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'ontwikkel', alg: 'RS256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.client.clientId,
        client_secret: options.client.clientSecret,
        redirect_uris: [options.client.redirectUri],
        post_logout_redirect_uris: [options.client.postLogoutRedirectUri],
        backchannel_logout_uri: options.client.backchannelLogoutUri,
        backchannel_logout_session_required: true,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      backchannelLogout: { enabled: true },
    },
    findAccount(_ctx, login) {
      const account = options.accountFor(login);
      if (!account) return undefined;
      return {
        accountId: account.email,
        claims: () => ({
          sub: account.email,
          email: account.email,
          email_verified: true,
          name: account.name,
          groups: account.groups,
        }),
      };
    },
    // Klussenbank is a first-party client here: consent is given, the login page is the only step.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
      await grant.save();
      return grant;
    },
  });
  // The development provider's own warnings (it is not for production) are known and not news here.
  provider.on('server_error', (_ctx: unknown, error: Error) => {
    process.stderr.write(`[ontwikkel-IdP ${issuer}] ${error.message}\n`);
  });
  const handle = provider.callback();
  callback = (req, res) => void handle(req, res);
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
