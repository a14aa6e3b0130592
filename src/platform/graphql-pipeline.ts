import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { INTERNAL_MESSAGE, isExposed } from '../common/errors';
import type { LimitChecker } from '../common/limits';
import { databaseUnavailable } from '../common/user-error';
import { isConnectionLost } from '../db/connection-lost';
import { actualCost, checkDocument, throttledError, tooManyRequests } from './operation-gate';
import type { BudgetAnswer } from './throttle';

/** What the pipeline needs of an operation's context. */
export interface PipelineContext extends BaseContext {
  requestId: string;
  logger?: Logger;
}

export interface GraphqlPipelineOptions<C extends PipelineContext> {
  limits: LimitChecker;
  maxCost: number;
  /** Errors go out as they are, stack included (NODE_ENV=development). */
  development: boolean;
  /** Learns who calls from an Authorization header (HTTP: once the document passed its limits). */
  identify(context: C, authorization: string | undefined): Promise<void>;
  /** Charges an operation's cost to the caller's budget; `null` when the caller has none. */
  charge(context: C, cost: number): Promise<BudgetAnswer | null>;
}

/** An operation let through (with its cost and the caller's budget after paying it), or refused. */
export type Admission = { admitted: true; cost: number; budget: BudgetAnswer | null } | { admitted: false; error: GraphQLError };

/**
 * What every GraphQL operation goes through, whichever transport brought it (a POST or GET
 * through Apollo, an operation on a WebSocket): the same admission (limits, then the caller,
 * then the cost budget, in that order, so an anonymous hostile document costs no database
 * work), the same masking of unexpected errors, and the same log line for them. The transports
 * only adapt it: `apolloPlugin` for HTTP, `admit` and `formatSocketError` for graphql-ws.
 */
export class GraphqlPipeline<C extends PipelineContext> {
  constructor(private readonly options: GraphqlPipelineOptions<C>) {}

  /**
   * Admits a parsed and validated operation. `authorization` is the HTTP caller's header, read
   * only once the document passed its limits; a socket's caller is known from its connection
   * (`undefined`: nothing to identify).
   */
  async admit(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, context: C, authorization?: { header: string | undefined }): Promise<Admission> {
    const check = checkDocument(this.options.limits, this.options.maxCost, document, operationName, variables);
    if (check.errors.length > 0) return { admitted: false, error: check.errors[0] };
    const cost = check.cost!;
    if (authorization) await this.options.identify(context, authorization.header);
    const budget = await this.options.charge(context, cost);
    if (budget && !budget.admitted) return { admitted: false, error: throttledError(cost, budget) };
    return { admitted: true, cost, budget };
  }

  /** Known errors go out as they are; a lost database connection as DATABASE_UNAVAILABLE; anything else as a generic INTERNAL_SERVER_ERROR. */
  mask(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
    if (isExposed(formatted) || this.options.development) return formatted;
    if (isConnectionLost(original)) {
      const { message, extensions } = databaseUnavailable();
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    }
    return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }

  /** Logs an error no layer expected, with its stack, once per error. */
  reportUnexpected(logger: Logger | undefined, error: GraphQLError, operation: string | undefined): void {
    const code = error.extensions?.code;
    if (typeof code === 'string' && isExposed({ message: '', extensions: { code } })) return;
    logger?.error({ err: error.originalError ?? error, path: error.path, operation }, 'unexpected error');
  }

  /** A masked error names the request, for the caller to quote. */
  private withRequestId(formatted: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError {
    return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
  }

  /** One error of an operation on a socket, as HTTP answers it. */
  formatSocketError(error: GraphQLError, context: C | undefined): GraphQLFormattedError {
    this.reportUnexpected(context?.logger, error, undefined);
    return this.withRequestId(this.mask(error.toJSON(), error.originalError ?? error), context?.requestId);
  }

  /**
   * The pipeline in Apollo: admission once Apollo parsed (with its token limit) and validated
   * the document (refusals with 400, or 429 and `retry-after`), `extensions.cost` on every
   * answer, the log of unexpected errors and the request id on masked ones. Apollo's
   * `formatError` is `mask`.
   */
  apolloPlugin(): ApolloServerPlugin<C> {
    const pipeline = this;
    return {
      async requestDidStart() {
        let admission: Extract<Admission, { admitted: true }> | undefined;
        return {
          async didResolveOperation({ request, document, operationName, contextValue }) {
            const answer = await pipeline.admit(document, operationName ?? undefined, request.variables ?? {}, contextValue, { header: request.http?.headers.get('authorization') });
            if (!answer.admitted) throw answer.error.extensions.code === 'THROTTLED' ? tooManyRequests(answer.error) : withStatus(answer.error, 400);
            admission = answer;
          },
          async didEncounterErrors({ errors, contextValue, operation }) {
            for (const error of errors) pipeline.reportUnexpected(contextValue.logger, error, operation?.name?.value);
          },
          async willSendResponse({ response, contextValue }) {
            if (response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors) result.errors = result.errors.map((error) => pipeline.withRequestId(error, contextValue.requestId));
            if (!admission) return;
            const { cost, budget } = admission;
            result.extensions = {
              ...result.extensions,
              cost: {
                requested: cost,
                actual: actualCost(result.data),
                maximum: pipeline.options.maxCost,
                ...(budget ? { throttleStatus: { maximumAvailable: budget.maximumAvailable, currentlyAvailable: Math.floor(budget.currentlyAvailable), restoreRate: budget.restoreRate } } : {}),
              },
            };
          },
        };
      },
    };
  }
}

function withStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status } } });
}
