import {
  ArgumentNode,
  DirectiveNode,
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

export const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * Every walk here visits each selection set of the document once: a fragment's nesting and cost
 * are computed the first time it is spread and remembered, so a "fragment bomb" (F1 spreads F0
 * twice, F2 spreads F1 twice, …) costs time linear in its text while its computed cost doubles
 * with each level, as the work it would ask for does. A fragment met again while it is being
 * computed (a cycle, which validation refuses anyway) counts as nothing.
 */
type Memo = Map<string, number>;

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
}

function remembered(memo: Memo, name: string, compute: () => number): number {
  const known = memo.get(name);
  if (known !== undefined) return known;
  memo.set(name, 0); // a cycle
  const value = compute();
  memo.set(name, value);
  return value;
}

export function costLimitError(cost: number, maxCost: number): GraphQLError {
  const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'more than 10^15';
  return limitError('QUERY_TOO_COSTLY', `The operation costs ${shown}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`);
}

export type Variables = Record<string, unknown>;

function argumentValue(field: GraphQLField<unknown, unknown>, nodes: readonly ArgumentNode[] | undefined, name: string, variables: Variables): unknown {
  const definition = field.args.find((arg) => arg.name === name);
  if (!definition) return undefined;
  const node = nodes?.find((arg) => arg.name.value === name);
  if (!node) return definition.defaultValue;
  return valueFromAST(node.value, definition.type, variables);
}

/** Whether `@skip`/`@include` leave a selection out (an unknown variable leaves it in: priced). */
function skipped(directives: readonly DirectiveNode[] | undefined, variables: Variables): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.BOOLEAN ? arg.value.value : undefined;
    if (typeof value !== 'boolean') continue;
    if ((name === 'skip' && value) || (name === 'include' && !value)) return true;
  }
  return false;
}

/** The fields a selection may name on a type: an object's or interface's own; a union has only `__typename`. */
function fieldOf(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (type && (isObjectType(type) || isInterfaceType(type))) return type.getFields()[name];
  return undefined;
}

/**
 * The cost of an operation: one per field, a connection's items multiplied by its page size
 * (`first`, at most the page cap; the default page size when absent). Type conditions on
 * abstract types are all counted (an upper bound). Linear in the document's size (see above).
 * Throws a GraphQLError (BAD_USER_INPUT) when the variables do not fit their types.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, rawVariables: Variables): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return 0; // execution refuses it
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) throw coerced.errors[0];
  const variables = coerced.coerced;
  const fragments = fragmentsOf(document);
  const memo: Memo = new Map();

  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (skipped(selection.directives, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection.name.value);
        if (!field) {
          total += selection.name.value.startsWith('__') ? 0 : 1;
          continue;
        }
        const type = getNamedType(field.type);
        const children = selection.selectionSet && isCompositeType(type) ? costOf(selection.selectionSet, type) : 0;
        if (type.name.endsWith('Connection')) {
          const first = argumentValue(field, selection.arguments, 'first', variables);
          const page = typeof first === 'number' && first >= 0 ? Math.min(first, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
          total += 1 + Math.max(page, 1) * children;
        } else {
          total += 1 + children;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type ?? undefined);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        // Remembered per fragment: the variables are fixed for this computation.
        total += remembered(memo, fragment.name.value, () => costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined));
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return costOf(operation.selectionSet, root ?? undefined);
}

