import { DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { withTokenLimitCode } from '../common/errors';
import type { Admission } from './graphql-pipeline';

/** Close code for a connection whose caller lost the rights it connected with. */
export const CLOSE_FORBIDDEN = 4403;
/** Close code for a server going away (shutdown). */
export const CLOSE_GOING_AWAY = 1001;

export interface WebSocketOptions<C> {
  httpServer: Server;
  schema: GraphQLSchema;
  path: string;
  maxPayload: number;
  maxTokens: number;
  /** The pipeline's admission of a parsed and validated operation (limits, budget). */
  admit(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, context: C): Promise<Admission>;
  /** The caller's context from the connection's Authorization; null (or a throw) refuses the connection. */
  connect(authorization: string | undefined, request: IncomingMessage): Promise<C | null>;
  /** The shop of a connection's caller. */
  shopOf(context: C): number;
  /** A fresh context for one operation, from the connection's. */
  operationContext(connection: C): C;
  /**
   * Whether the caller still has exactly the rights it connected with: `fresh` reads them from
   * the database; otherwise a cached read will do (the cache forgets what changes).
   */
  stillEntitled(authorization: string | undefined, connection: C, fresh: boolean): Promise<boolean>;
  /** The pipeline's form of one error of an operation's result (masked, logged), as over HTTP. */
  formatError(error: GraphQLError, context: C | undefined): GraphQLFormattedError;
}

interface Connection<C> {
  socket: WebSocket;
  authorization: string | undefined;
  context: C;
}

const refusedByRights = () =>
  new GraphQLError('Your rights changed since this connection opened; connect again.', { extensions: { code: 'FORBIDDEN' } });

/**
 * graphql-ws on the HTTP server's port and path (the token travels in connectionParams), with
 * the HTTP path's limits and masking, and rights that are checked again: before every event is
 * delivered, and for every connection of a shop whenever the shop's users, sessions or tokens
 * change (`recheck`, on the announcement every instance hears). A connection whose caller lost
 * rights is closed with 4403.
 */
export function startWebSocketServer<C>(options: WebSocketOptions<C>) {
  const connections = new Set<Connection<C>>();
  const bySocket = new WeakMap<WebSocket, Connection<C>>();
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: options.maxPayload });
  const forbid = (connection: Connection<C>) => {
    connections.delete(connection);
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.close(CLOSE_FORBIDDEN, 'Forbidden: your rights changed');
  };

  const cleanup = useServer<{ authorization?: string; Authorization?: string }, { context?: C; socket: WebSocket; request: IncomingMessage }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const authorization = typeof raw === 'string' ? raw : undefined;
        try {
          const context = await options.connect(authorization, ctx.extra.request);
          if (!context) return false;
          ctx.extra.context = context;
          const connection = { socket: ctx.extra.socket, authorization, context };
          connections.add(connection);
          bySocket.set(ctx.extra.socket, connection);
          ctx.extra.socket.once('close', () => connections.delete(connection));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => options.operationContext(ctx.extra.context!),
      onNext: async (ctx, _id, _payload, _args, result) => {
        const connection = bySocket.get(ctx.extra.socket);
        if (!connection || !connections.has(connection) || !(await options.stillEntitled(connection.authorization, connection.context, false).catch(() => false))) {
          if (connection) forbid(connection);
          return { errors: [refusedByRights().toJSON()] };
        }
        if (!('errors' in result) || !result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((error) => options.formatError(error as GraphQLError, ctx.extra.context)) };
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          const syntax = error as GraphQLError;
          const code = withTokenLimitCode({ message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions!.code;
          return [new GraphQLError(syntax.message, { extensions: { code } })];
        }
        const errors = validate(options.schema, document, specifiedRules);
        if (errors.length > 0) return errors;
        // Each operation started on the socket is admitted and charged as over HTTP.
        const admission = await options.admit(document, payload.operationName ?? undefined, payload.variables ?? {}, ctx.extra.context!);
        return admission.admitted ? undefined : [admission.error];
      },
    },
    wsServer,
  );

  return {
    /** Open connections (for the metrics). */
    get size(): number {
      return connections.size;
    },
    /** Checks the callers of a shop's connections (every connection without a shop) against the database; closes those who lost rights. */
    async recheck(shopId?: number): Promise<void> {
      const affected = [...connections].filter((c) => shopId === undefined || options.shopOf(c.context) === shopId);
      await Promise.all(
        affected.map(async (connection) => {
          // A failed read (the database away) proves no change of rights; the check before each event still runs.
          const entitled = await options.stillEntitled(connection.authorization, connection.context, true).catch(() => true);
          if (!entitled) forbid(connection);
        }),
      );
    },
    /** Closes every connection with 1001 (the server is going away) and stops accepting new ones. */
    async dispose(): Promise<void> {
      for (const connection of connections) connection.socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      connections.clear();
      await cleanup.dispose();
    },
  };
}
