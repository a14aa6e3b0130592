import { DocumentNode, GraphQLError } from 'graphql';
import { costLimitError, LimitChecker } from '../common/limits';
import { variablesTextError } from './input-text';
import type { BudgetAnswer } from './throttle';

export interface DocumentCheck {
  errors: readonly GraphQLError[];
  /** The operation's cost, when the document is within every limit. */
  cost?: number;
}

/**
 * Every limit a parsed and validated document must meet before anything else happens (who the
 * caller is, any database work): the document's own (depth, aliases, directives, once-only
 * fields, the text rule for its strings; remembered per document), the text rule for the
 * variables, and the cost. A cost that cannot be computed refuses the request (bad variables
 * answer their BAD_USER_INPUT).
 */
export function checkDocument(
  limits: LimitChecker,
  maxCost: number,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): DocumentCheck {
  const overLimit = limits.errors(document);
  if (overLimit.length > 0) return { errors: overLimit };
  const badText = variablesTextError(variables);
  if (badText) return { errors: [badText] };
  let cost: number;
  try {
    cost = limits.cost(document, operationName, variables);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { errors: [new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } })] };
    }
    return { errors: [new GraphQLError('The cost of this operation cannot be computed, so it is refused.', { extensions: { code: 'QUERY_TOO_COSTLY' } })] };
  }
  if (!Number.isFinite(cost) || cost > maxCost) return { errors: [costLimitError(cost, maxCost)] };
  return { errors: [], cost };
}

/** The answer to an operation the caller's budget cannot pay for (THROTTLED, with when to retry). */
export function throttledError(cost: number, budget: BudgetAnswer): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(budget.retryAfterSeconds ?? 1));
  return new GraphQLError(`Your query-cost budget is spent: this operation costs ${cost}, ${Math.floor(budget.currentlyAvailable)} is available; retry in ${retryAfter} s.`, {
    extensions: { code: 'THROTTLED', retryAfterSeconds: retryAfter },
  });
}

const withStatus = (error: GraphQLError, status: number, headers?: Map<string, string>) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status, ...(headers ? { headers } : {}) } } });

/** A throttle's refusal over HTTP: 429 with `retry-after` (the error's `retryAfterSeconds`). */
export const tooManyRequests = (error: GraphQLError) => withStatus(error, 429, new Map([['retry-after', String(error.extensions.retryAfterSeconds)]]));

/**
 * What an answer actually cost, counted as the request was priced: one per field in the data
 * (a list's items each count; a page shorter than asked costs less). Recursion is bounded by
 * the depth limits.
 */
export function actualCost(data: unknown): number {
  if (data === null || typeof data !== 'object') return 0;
  let cost = 0;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) cost += actualCost(data[i]);
    return cost;
  }
  for (const key in data) {
    cost++;
    const value = (data as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object') cost += actualCost(value);
  }
  return cost;
}
