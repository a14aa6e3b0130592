import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import { costLimitError, LimitChecker } from '../common/limits';
import { documentTextError, variablesTextError } from './input-text';
import type { BudgetAnswer } from './throttle';

/** Fields a document may name at most once (each `login` checks a password). */
const ONCE_PER_DOCUMENT = ['login'];

const repeatedFields = new WeakMap<DocumentNode, GraphQLError[]>();

/** Once-only fields named more than once (remembered per parsed document). */
function onceFieldErrors(document: DocumentNode): GraphQLError[] {
  let errors = repeatedFields.get(document);
  if (!errors) repeatedFields.set(document, (errors = countOnceFields(document)));
  return errors;
}

function countOnceFields(document: DocumentNode): GraphQLError[] {
  const counts = new Map<string, number>();
  visit(document, {
    Field(node) {
      if (ONCE_PER_DOCUMENT.includes(node.name.value)) counts.set(node.name.value, (counts.get(node.name.value) ?? 0) + 1);
    },
  });
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([name, count]) => new GraphQLError(`\`${name}\` may appear once per document; this one has it ${count} times.`, { extensions: { code: 'FIELD_REPEATED' } }));
}

export interface DocumentCheck {
  errors: readonly GraphQLError[];
  /** The operation's cost, when the document is within every limit. */
  cost?: number;
}

/**
 * Every limit a parsed and validated document must meet before anything else happens (who the
 * caller is, any database work): depth, aliases, directives, once-only fields, and cost. A cost
 * that cannot be computed refuses the request (bad variables answer their BAD_USER_INPUT). Text
 * that PostgreSQL could not store (NUL, other control characters, unpaired surrogates) is
 * refused here for every string input at once.
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
  const repeated = onceFieldErrors(document);
  if (repeated.length > 0) return { errors: repeated };
  const badText = documentTextError(document) ?? variablesTextError(variables);
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

export interface OperationGateOptions<TContext extends BaseContext> {
  limits: LimitChecker;
  maxCost: number;
  /** Learns who calls (from the Authorization header) once the document passed its limits. */
  identify(context: TContext, authorization: string | undefined): Promise<void>;
  /** Charges the operation's cost to the caller's budget; `null` when the caller has none. */
  charge(context: TContext, cost: number): Promise<BudgetAnswer | null>;
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

/**
 * The HTTP pipeline's gate, as an Apollo plugin: after Apollo parsed (with its token limit) and
 * validated the document, it checks the limits, then identifies the caller, then charges the
 * cost to the caller's budget, in that order, so an anonymous hostile document costs no
 * authentication and no database work. Every answer reports `extensions.cost`.
 */
export function operationGate<TContext extends BaseContext>(options: OperationGateOptions<TContext>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      let budget: BudgetAnswer | null = null;
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          const check = checkDocument(options.limits, options.maxCost, document, operationName ?? undefined, request.variables ?? {});
          if (check.errors.length > 0) throw withStatus(check.errors[0], 400);
          cost = check.cost;
          await options.identify(contextValue, request.http?.headers.get('authorization'));
          budget = await options.charge(contextValue, cost!);
          if (budget && !budget.admitted) {
            const refused = throttledError(cost!, budget);
            throw withStatus(refused, 429, new Map([['retry-after', String(refused.extensions.retryAfterSeconds)]]));
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || cost === undefined) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: {
              requested: cost,
              actual: actualCost(response.body.singleResult.data),
              maximum: options.maxCost,
              ...(budget
                ? {
                    throttleStatus: {
                      maximumAvailable: budget.maximumAvailable,
                      currentlyAvailable: Math.floor(budget.currentlyAvailable),
                      restoreRate: budget.restoreRate,
                    },
                  }
                : {}),
            },
          };
        },
      };
    },
  };
}

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
