import type { ApolloServerPlugin } from '@apollo/server';
import type { PipelineContext } from './graphql-pipeline';
import type { ErrorRequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { INTERNAL_MESSAGE } from '../common/errors';
import { BODY_NOT_JSON, BODY_TOO_LARGE, sendJson, splitUrl } from '../common/http-json';


export type RequestWithId = IncomingMessage & { id?: string };

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Counts operations being executed, so shutdown can wait for the last one. */
export function inFlightOperations() {
  let count = 0;
  const plugin: ApolloServerPlugin<PipelineContext> = {
    async requestDidStart() {
      count++;
      let done = false;
      const finish = async () => {
        if (!done) {
          done = true;
          count--;
        }
      };
      return { willSendResponse: finish };
    },
  };
  const settled = async (maxMillis: number) => {
    const until = Date.now() + maxMillis;
    while (count > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  };
  return { plugin, settled };
}

/** Malformed or oversized bodies get a GraphQL-shaped error, not an HTML stack trace. */
export function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; expose?: boolean }, req, res, next) => {
    if (res.headersSent) return next(err);
    if (err.type === 'entity.too.large') {
      sendJson(res, 413, BODY_TOO_LARGE);
      return;
    }
    if (err.type === 'entity.parse.failed' || (err.status && err.status >= 400 && err.status < 500)) {
      sendJson(res, 400, BODY_NOT_JSON);
      return;
    }
    internalError(logger, err, req, res);
  };
}

/** Logs an error no layer expected and answers a generic INTERNAL_SERVER_ERROR with the request id. */
export function internalError(logger: Logger, err: unknown, req: IncomingMessage, res: ServerResponse): void {
  const requestId = (req as RequestWithId).id;
  logger.error({ err, requestId }, 'unexpected error');
  sendJson(res, 500, { errors: [{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
}

/** Gives a request its id (the client's `x-request-id`, or a new one), echoes it, and logs the request when answered. */
export function trackRequest(req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  const id = requestIdOf(req);
  (req as RequestWithId).id = id;
  res.setHeader('x-request-id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId: id, method: req.method, path: splitUrl(req.url).path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  });
}
