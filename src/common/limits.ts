import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  getNamedType,
  Kind,
  validate,
  visit,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
}

/** Depth of a selection set, following fragments (cycles are another rule's business). */
function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let max = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Refuses operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context), new Set());
      if (depth > maxDepth) {
        context.reportError(limitError('QUERY_TOO_DEEP', `The operation is ${depth} levels deep; the limit is ${maxDepth}.`));
      }
    },
  });
}

/** Refuses documents with more than `maxAliases` aliased fields (alias flooding). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(limitError('TOO_MANY_ALIASES', `The document has ${aliases} aliases; the limit is ${maxAliases}.`));
          }
        },
      },
    };
  };
}

/**
 * Depth and alias limits as GraphQL errors with their own codes (Apollo would relabel them
 * GRAPHQL_VALIDATION_FAILED if they ran as its validation rules).
 */
export function limitErrors(schema: GraphQLSchema, document: DocumentNode, limits: { maxDepth: number; maxAliases: number }): readonly GraphQLError[] {
  return validate(schema, document, [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)]);
}

/** A connection field costs its page size times what each item costs. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  // A `first` over the page cap is refused by the field itself (BAD_USER_INPUT, the clearer
  // error), so it is priced at the cap here.
  const first = typeof args.first === 'number' && args.first >= 0 ? Math.min(args.first, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};

/** The cost of an operation: one per field, lists multiplied by their page size. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return limitError('QUERY_TOO_COSTLY', `The operation costs ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`);
}

interface DocumentLimits {
  errors: readonly GraphQLError[];
  /** Variables the cost can depend on: those given to `first` and to `@skip`/`@include`. */
  costVariables: string[];
  costs: Map<string, number>;
}

/**
 * The depth/alias check and the cost of each document, remembered per parsed document (Apollo
 * keeps one DocumentNode per operation text), so a repeated operation is not walked again on
 * every request. The cost is kept per value of the few variables it depends on.
 */
export class LimitChecker {
  private readonly documents = new WeakMap<DocumentNode, DocumentLimits>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: { maxDepth: number; maxAliases: number },
  ) {}

  /** Depth and alias errors of a document (empty when within the limits). */
  errors(document: DocumentNode): readonly GraphQLError[] {
    return this.of(document).errors;
  }

  /** The operation's cost; throws on variables that do not fit their types, like `operationCost`. */
  cost(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
    const entry = this.of(document);
    const key = JSON.stringify([operationName ?? null, ...entry.costVariables.map((name) => variables[name] ?? null)]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(this.schema, document, operationName, variables);
      if (entry.costs.size >= 64) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  }

  private of(document: DocumentNode): DocumentLimits {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { errors: limitErrors(this.schema, document, this.limits), costVariables: costVariablesOf(document), costs: new Map() };
      this.documents.set(document, entry);
    }
    return entry;
  }
}

function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
    Directive(node) {
      for (const arg of node.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) names.add(arg.value.name.value);
    },
  });
  return [...names].sort();
}
