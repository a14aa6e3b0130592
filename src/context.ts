import { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import type { Clock } from './common/clock';
import type { Viewer } from './auth/viewer';
import type { EventBus } from './events/event-bus';
import type { ViewerCache } from './auth/viewer-cache';
import { createLoaders, Loaders } from './loaders';

/** Everything one request needs: its own EntityManager fork and loaders, and who is calling. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  requestId: string;
  /** Where the request comes from (see platform/client-address.ts), for per-address throttles. */
  clientAddress: string;
  /** This instance's subscription to events from every instance (PostgreSQL LISTEN/NOTIFY). */
  events: EventBus;
  /** This instance's cache of session callers; a committed mutation makes it forget the shop's. */
  sessions: Pick<ViewerCache<unknown>, 'forgetShop'>;
}

/** A context whose caller is known (what services receive after `@Authorized`). */
export interface AuthedContext extends Context {
  viewer: Viewer;
}

export function buildContext(base: Omit<Context, 'loaders'>): Context {
  return { ...base, loaders: createLoaders(base.em, base.viewer) };
}

/** The context of work that runs for a staff member outside a request (a job of the queue, the demo seed). */
export function jobContext(
  deps: { clock: Clock; config: AppConfig; logger: Logger; events?: EventBus },
  em: EntityManager,
  viewer: Viewer,
  requestId: string,
): AuthedContext {
  return buildContext({
    em,
    viewer,
    clock: deps.clock,
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    requestId,
    clientAddress: 'job',
    events: deps.events as EventBus,
    sessions: { forgetShop: () => undefined },
  }) as AuthedContext;
}

/**
 * A context whose caller is not known yet (the HTTP pipeline learns it once the document passed
 * its limits). It has no loaders until `withCaller` makes the caller's, which every path does
 * before anything resolves: loaders made for nobody first would be thrown away on most
 * requests (a plain property, not a getter, since resolvers read it on every field).
 */
export function contextBeforeCaller(base: Omit<Context, 'loaders'>): Context {
  return { ...base, loaders: undefined as unknown as Loaders };
}

/** Makes `context` act for `viewer` (null: anonymous): its loaders are made for them. */
export function withCaller(context: Context, viewer: Viewer | null): void {
  context.viewer = viewer;
  context.loaders = createLoaders(context.em, viewer);
}
