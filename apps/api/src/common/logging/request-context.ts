import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What follows one piece of work from the HTTP request into the jobs it causes. */
export interface RequestContext {
  /** The request's id (`X-Request-Id`, given or generated); a job's: the id of the request that caused it. */
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and everything it awaits) with this request id; log lines and new outbox rows carry it. */
export function runWithRequestId<T>(requestId: string | undefined, work: () => T): T {
  return requestId ? storage.run({ requestId }, work) : storage.exit(work);
}

/** The request id of the work running now: the HTTP request's, or the one a job carries; else undefined. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Puts every Fastify request in its own context from its first hook on. Parsing the body runs in
 * the socket's context, not the request's, so the context is entered again before validation
 * (what @fastify/request-context does too).
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  const resources = new WeakMap<FastifyRequest, AsyncResource>();
  fastify.addHook('onRequest', (request, _reply, done) => {
    runWithRequestId(String(request.id), () => {
      resources.set(request, new AsyncResource('klussenbank-request'));
      done();
    });
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const resource = resources.get(request);
    if (resource) resource.runInAsyncScope(done);
    else done();
  });
}
