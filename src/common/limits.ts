import { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode, visit } from 'graphql';
import { documentStringError } from '../platform/input-text';
import { fragmentsOf, limitError, operationCost, Variables } from './query-cost';

export { costLimitError, operationCost } from './query-cost';

/** What one document may ask; over any of them it is refused before anything runs. */
export interface DocumentLimitSettings {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * What nesting a selection set asks for: `depth` in fields outside introspection; `full` depth
 * and `lists` (introspection lists nested along one path) of everything, from which the
 * introspection subtrees (`__schema`, `__type`) take `introDepth` and `introLists`.
 */
interface Nesting {
  depth: number;
  full: number;
  lists: number;
  introDepth: number;
  introLists: number;
}

const FLAT: Nesting = { depth: 0, full: 0, lists: 0, introDepth: 0, introLists: 0 };
/** Introspection fields that answer lists: nested in one another they multiply (types x fields x args…). */
const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives']);
/** The standard introspection query nests three (types > fields > args) and goes 15 fields deep. */
const MAX_INTROSPECTION_LISTS = 3;
const INTROSPECTION_DEPTH_ALLOWANCE = 10;

const widest = (a: Nesting, b: Nesting): Nesting => ({
  depth: Math.max(a.depth, b.depth),
  full: Math.max(a.full, b.full),
  lists: Math.max(a.lists, b.lists),
  introDepth: Math.max(a.introDepth, b.introDepth),
  introLists: Math.max(a.introLists, b.introLists),
});

function rememberedNesting(memo: Map<string, Nesting>, name: string, compute: () => Nesting): Nesting {
  const known = memo.get(name);
  if (known !== undefined) return known;
  memo.set(name, FLAT); // a cycle
  const value = compute();
  memo.set(name, value);
  return value;
}

/** Nesting of a selection set, following fragments (each fragment walked once). */
function nestingOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, Nesting>): Nesting {
  let max = FLAT;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet ? nestingOf(selection.selectionSet, fragments, memo) : FLAT;
      const name = selection.name.value;
      const own: Nesting = name.startsWith('__')
        ? // An introspection root: apart from the operation's depth, with limits of its own.
          { depth: 0, full: 1 + child.full, lists: 0, introDepth: 1 + child.full, introLists: child.lists }
        : {
            depth: 1 + child.depth,
            full: 1 + child.full,
            lists: (INTROSPECTION_LISTS.has(name) ? 1 : 0) + child.lists,
            introDepth: child.introDepth,
            introLists: child.introLists,
          };
      max = widest(max, own);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = widest(max, nestingOf(selection.selectionSet, fragments, memo));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) max = widest(max, rememberedNesting(memo, fragment.name.value, () => nestingOf(fragment.selectionSet, fragments, memo)));
    }
  }
  return max;
}

/** Fields a document may name at most once (each `login` checks a password). */
const ONCE_PER_DOCUMENT = new Set(['login']);

/**
 * Depth, alias and directive limits of a document, once-only fields, and the text rule for the
 * strings written in it, in one pass over its text. Aliases and directives are counted as
 * written: what fragments multiply, the cost limit prices.
 */
export function documentLimitErrors(document: DocumentNode, limits: DocumentLimitSettings): GraphQLError[] {
  const errors: GraphQLError[] = [];
  let aliases = 0;
  let directives = 0;
  const onceFields = new Map<string, number>();
  let badString: GraphQLError | null = null;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
      if (ONCE_PER_DOCUMENT.has(node.name.value)) onceFields.set(node.name.value, (onceFields.get(node.name.value) ?? 0) + 1);
    },
    Directive() {
      directives++;
    },
    StringValue(node) {
      badString ??= documentStringError(node.value);
    },
  });
  if (aliases > limits.maxAliases) errors.push(limitError('TOO_MANY_ALIASES', `The document has ${aliases} aliases; the limit is ${limits.maxAliases}.`));
  if (directives > limits.maxDirectives) {
    errors.push(limitError('TOO_MANY_DIRECTIVES', `The document has ${directives} directives; the limit is ${limits.maxDirectives}.`));
  }
  const fragments = fragmentsOf(document);
  const memo = new Map<string, Nesting>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const nesting = nestingOf(def.selectionSet, fragments, memo);
    const introspectionDepth = limits.maxDepth + INTROSPECTION_DEPTH_ALLOWANCE;
    if (nesting.depth > limits.maxDepth) {
      errors.push(limitError('QUERY_TOO_DEEP', `The operation is ${nesting.depth} levels deep; the limit is ${limits.maxDepth}.`));
    } else if (nesting.introDepth > introspectionDepth) {
      errors.push(limitError('QUERY_TOO_DEEP', `The introspection is ${nesting.introDepth} levels deep; the limit is ${introspectionDepth}.`));
    } else if (nesting.introLists > MAX_INTROSPECTION_LISTS) {
      errors.push(
        limitError('QUERY_TOO_DEEP', `The introspection nests ${nesting.introLists} lists (types, fields, args…) in one another; the limit is ${MAX_INTROSPECTION_LISTS}.`),
      );
    } else {
      continue;
    }
    break;
  }
  for (const [name, count] of onceFields) {
    if (count > 1) errors.push(limitError('FIELD_REPEATED', `\`${name}\` may appear once per document; this one has it ${count} times.`));
  }
  if (badString) errors.push(badString);
  return errors;
}

interface DocumentLimits {
  errors: readonly GraphQLError[];
  /** Variables the cost can depend on: those given to `first` and to `@skip`/`@include`. */
  costVariables: string[];
  costs: Map<string, number>;
}

/**
 * The depth/alias/directive check and the cost of each document, remembered per parsed document
 * (Apollo keeps one DocumentNode per operation text), so a repeated operation is not walked
 * again on every request. The cost is kept per value of the few variables it depends on.
 */
export class LimitChecker {
  private readonly documents = new WeakMap<DocumentNode, DocumentLimits>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: DocumentLimitSettings,
  ) {}

  /** Depth, alias and directive errors of a document (empty when within the limits). */
  errors(document: DocumentNode): readonly GraphQLError[] {
    return this.of(document).errors;
  }

  /** The operation's cost; throws a BAD_USER_INPUT GraphQLError on variables that do not fit their types. */
  cost(document: DocumentNode, operationName: string | undefined, variables: Variables): number {
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
      entry = { errors: documentLimitErrors(document, this.limits), costVariables: costVariablesOf(document), costs: new Map() };
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
