import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import helmet from 'helmet';
import { type DynamicModule, Logger, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { createLogger, PinoNestLogger } from './common/logging/logger.js';
import { registerRequestContext } from './common/logging/request-context.js';
import { API_PREFIX, API_VERSION, buildOpenApiDocument } from './common/openapi/openapi-document.js';
import { requestLanguage } from './common/problem/language.js';
import { ProblemException } from './common/problem/problem.js';
import { ProblemFilter, sendProblem } from './common/problem/problem.filter.js';
import { ProblemValidationPipe } from './common/problem/validation.pipe.js';
import { depthLimitedJsonParser } from './common/validation/json-body.js';
import { registerHttpMetrics } from './metrics/http-metrics.js';
import { Metrics } from './metrics/metrics.js';
import { registerQueueDashboard } from './queue/queue-dashboard.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;
const HEALTH_AT_ROOT = /^\/health\/(live|ready)(\?|$)/;
/** SCIM's tenant URL is <host>/scim/v2, as identity systems expect; its controller lives under /api/v1. */
const SCIM_AT_ROOT = /^\/scim\/v2(\/|\?|$)/;
/** Longer URLs get a 414 before routing; 8 KiB is what common proxies accept in a request line. */
const MAX_URL_LENGTH = 8192;
/** API responses that may be cached: the public contract. Everything else under /api is no-store. */
const CACHEABLE_API_PATH = new RegExp(`^/${API_PREFIX}/(openapi\\.(json|yaml)|docs)(/|\\?|$)`);
const BODY_LIMIT = 1024 * 1024;

/** Builds the whole HTTP application; main.ts listens, tests listen on a free port. */
export interface CreateAppOptions {
  /** Modules mounted next to the application's own (tests use this for routes that fail on purpose). */
  extraModules?: (Type | DynamicModule)[];
  /** Where log lines go; standard output unless a test wants to read them. */
  logDestination?: DestinationStream;
}

export async function createApp(
  config: AppConfig,
  { extraModules = [], logDestination }: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger(config.LOG_LEVEL, 'api', logDestination);
  const securityHeaders = helmet(helmetOptions(config));
  const answerEarly = (request: FastifyRequest, reply: FastifyReply, status: 400 | 414) =>
    sendEarlyProblem(securityHeaders, request, reply, status);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A malformed percent-encoding (400) or an over-long route parameter (414), found by the router
    // before any hook runs: answered here with the headers the hooks would have added.
    frameworkErrors: (error: { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) => {
      void answerEarly(request, reply, error.statusCode === 414 ? 414 : 400);
    },
    trustProxy: config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: false },
    bodyLimit: BODY_LIMIT,
    requestIdHeader: false,
    // The same name in the API's lines and in the workers' (the id travels into the jobs a request causes).
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    // The health checks are documented under /api/v1 like every route; probes also find them at the
    // root. SCIM (docs/scim.md) is served at /scim/v2 the same way.
    rewriteUrl: (request: { url?: string }) => {
      const url = request.url ?? '/';
      return HEALTH_AT_ROOT.test(url) || SCIM_AT_ROOT.test(url) ? `/${API_PREFIX}${url}` : url;
    },
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const sent = request.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, extraModules),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      bufferLogs: false,
    },
  );
  app.enableShutdownHooks();
  useApiPrefix(app);
  app.useGlobalFilters(new ProblemFilter(webClientAvailable(config)));
  app.useGlobalPipes(new ProblemValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestContext(fastify);
  registerHttpMetrics(fastify, app.get(Metrics));
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) return answerEarly(request, reply, 414);
  });
  // Before JSON.parse builds anything: a body nested thousands deep is refused as a 400.
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT }, depthLimitedJsonParser(fastify));
  // SCIM clients send their own media type (RFC 7644 §3.1), JSON all the same.
  app.useBodyParser('application/scim+json', { bodyLimit: BODY_LIMIT }, depthLimitedJsonParser(fastify));
  // Graceful drain (SIGTERM): Fastify stops listening and closes idle connections, then waits for the
  // requests in flight. Their answers say `Connection: close`, so their keep-alive connections end
  // with them instead of idling until keepAliveTimeout (72 s, past Kubernetes' 30 s grace period).
  let draining = false;
  fastify.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  fastify.addHook('onSend', async (request, reply) => {
    if (draining) void reply.header('Connection', 'close');
    void reply.header('API-Version', API_VERSION);
    void reply.header('X-Request-Id', String(request.id));
    // Personal data must not stay behind in a browser's or proxy's cache.
    if (
      isApiPath(request.url) &&
      !CACHEABLE_API_PATH.test(request.url) &&
      !reply.hasHeader('cache-control')
    ) {
      void reply.header('Cache-Control', 'no-store');
    }
  });
  await app.register(fastifyCookie);
  // Only the ESCO upload takes files; they are streamed, never held in memory.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.SKILL_IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6 },
  });
  await app.register(fastifyHelmet, helmetOptions(config));

  setUpOpenApi(app, config);
  await registerQueueDashboard(app); // before the web client: both bring @fastify/static
  await serveWebClient(app, config);
  return app;
}

function helmetOptions(config: AppConfig) {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    hsts: config.isProduction,
  };
}

const isApiPath = (url: string) =>
  url === `/${API_PREFIX}` || url.startsWith(`/${API_PREFIX}/`) || url.startsWith(`/${API_PREFIX}?`);

/**
 * A problem for a request that never reached a route (bad URL): the security headers, no-store and
 * the API's own headers, and no `instance`, so a crafted path is never sent back.
 */
function sendEarlyProblem(
  securityHeaders: ReturnType<typeof helmet>,
  request: FastifyRequest,
  reply: FastifyReply,
  status: 400 | 414,
): FastifyReply {
  securityHeaders(request.raw, reply.raw, () => undefined);
  const language = requestLanguage(request.headers);
  const problem = new ProblemException(status, status === 414 ? 'uri-too-long' : 'malformed-url');
  void reply
    .header('API-Version', API_VERSION)
    .header('X-Request-Id', String(request.id))
    .header('Cache-Control', 'no-store');
  sendProblem(reply, problem.render(language, { correlationId: String(request.id) }), language);
  return reply;
}

/** Every route under /api/v1; also used by the OpenAPI export. */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX);
}

/** The OpenAPI document is public everywhere; its browsable UI only outside production, or when asked for. */
function setUpOpenApi(app: INestApplication, config: AppConfig): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: 'Klussenbank API',
    ui: config.apiDocsUi,
  });
}

function webClientAvailable(config: AppConfig): boolean {
  return config.WEB_ROOT !== '' && existsSync(join(config.WEB_ROOT, 'index.html'));
}

/**
 * Vite's hashed files in assets/ never change content: cached a year, immutable. Anything else
 * (index.html, the favicon) is revalidated, so a new release is picked up on the next load.
 */
function webCacheControl(file: string): string {
  return file.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The built web client on the same origin; ProblemFilter answers its client-side routes with index.html. */
async function serveWebClient(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (webClientAvailable(config)) {
    await app.register(fastifyStatic, {
      root: config.WEB_ROOT,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file; the client's Accept-Encoding picks one.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        void reply.header('Cache-Control', webCacheControl(relative(config.WEB_ROOT, path)));
      },
    });
  } else if (config.WEB_ROOT !== '') {
    new Logger('Web').warn(`No web client at ${config.WEB_ROOT}; serving the API only`);
  }
}
