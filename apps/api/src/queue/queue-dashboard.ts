import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookieName } from '../auth/auth.decorators.js';
import { SessionService } from '../auth/session.service.js';
import { AppConfig } from '../config/app-config.js';
import { requestLanguage } from '../common/problem/language.js';
import { ProblemException } from '../common/problem/problem.js';
import { sendProblem } from '../common/problem/problem.filter.js';
import { ALL_QUEUES } from './queue-name.enum.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_PAGE = '/inloggen';
/** The web client's page for a signed-in person without the rights (apps/web: NO_ACCESS_URL). */
export const NO_ACCESS_PAGE = '/geen-toegang';

/**
 * Bull Board for platform admins. Its routes are plain Fastify routes, which Nest's guards never
 * see, so they live in a plugin scope of their own whose onRequest hook checks the session first:
 * not signed in → 401 (a browser is sent to the login page), signed in without the platform-admin
 * role → 403 (a browser is sent to the web client's "no access" page). Writes (retry, clean) need a same-origin request, since the session cookie alone
 * would not stop a forged one.
 */
export async function registerQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Klussenbank' } },
  });
  const sessions = app.get(SessionService);
  const cookieName = sessionCookieName(app.get(AppConfig));

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const refuse = (problem: ProblemException) => {
        const language = requestLanguage(request.headers);
        const body = problem.render(language, {
          instance: request.url.split('?')[0] ?? QUEUE_DASHBOARD_PATH,
          correlationId: String(request.id),
        });
        sendProblem(reply, body, language);
        return reply;
      };
      const header = request.headers.authorization;
      const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      const token = bearer || request.cookies?.[cookieName];
      const session = token ? await sessions.resolve(token) : null;
      // A browser gets a page, not JSON: the login page, or the web client's "no access" page.
      const browser = request.method === 'GET' && /text\/html/.test(request.headers.accept ?? '');
      if (!session) {
        if (browser) return reply.redirect(LOGIN_PAGE, 302);
        return refuse(new ProblemException(401, 'unauthenticated'));
      }
      if (!session.roles.includes('platform-admin')) {
        if (browser) return reply.redirect(NO_ACCESS_PAGE, 303);
        return refuse(ProblemException.forbidden('forbidden.queue-dashboard'));
      }
      if (!bearer && !SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
        return refuse(ProblemException.forbidden('forbidden.same-origin'));
      }
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
