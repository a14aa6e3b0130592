import { EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import {
  getNamedType,
  GraphQLCompositeType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ColumnChoice, isReadable } from './plain';

/** The fields an operation selects on each object type, anywhere in it (fragments, skipped and included parts alike). */
export type OperationFields = ReadonlyMap<string, ReadonlySet<string>>;

const byOperation = new WeakMap<OperationDefinitionNode, OperationFields>();

/**
 * What the whole operation (not only the field being resolved) selects on each object type.
 * A row a page brings is primed into the request's loaders, where any other field of the same
 * operation may read it; choosing its columns from everything the operation selects on its type
 * keeps every such read whole. Fields selected on an interface or union count for each of its
 * object types. Remembered per parsed operation (Apollo keeps documents between requests).
 */
export function operationFieldsOf(info: GraphQLResolveInfo): OperationFields {
  let fields = byOperation.get(info.operation);
  if (!fields) {
    fields = collectFields(info.schema, info.operation, info.fragments);
    byOperation.set(info.operation, fields);
  }
  return fields;
}

function collectFields(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: GraphQLResolveInfo['fragments']): OperationFields {
  const fields = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const add = (type: GraphQLCompositeType, name: string) => {
    const targets = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    for (const target of targets) {
      let set = fields.get(target.name);
      if (!set) fields.set(target.name, (set = new Set()));
      set.add(name);
    }
  };
  const visit = (set: SelectionSetNode, type: GraphQLCompositeType) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        add(type, name);
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        const child = field ? getNamedType(field.type) : undefined;
        if (selection.selectionSet && child && isCompositeType(child)) visit(selection.selectionSet, child);
      } else if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) visit(selection.selectionSet, condition);
      } else {
        const fragment = fragments[selection.name.value];
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        // A fragment spread in several places on the same type is the same fields each time.
        const key = `${selection.name.value} ${type.name}`;
        if (!fragment || !condition || !isCompositeType(condition) || seen.has(key)) continue;
        seen.add(key);
        visit(fragment.selectionSet, condition);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(operation.selectionSet, root);
  return fields;
}

/** Per entity class name: the columns (properties) each of its computed GraphQL fields reads. */
const computedFields = new Map<string, Map<string, readonly string[]>>();

/**
 * Declares what a GraphQL field of an entity's type that is not a column reads of the row
 * (`segment` reads the customer's order figures). A field that is neither a column, nor a
 * many-to-one relation, nor declared makes its rows carry every column: a field added without a
 * declaration is slower, never wrong.
 */
export function readsColumns<T>(entity: abstract new (...args: never[]) => T, field: string, props: readonly (keyof T & string)[]): void {
  let fields = computedFields.get(entity.name);
  if (!fields) computedFields.set(entity.name, (fields = new Map()));
  fields.set(field, props);
}

const choices = new WeakMap<OperationFields, Map<string, ColumnChoice | null>>();

/**
 * The columns rows of `meta` need for an operation that selects `fields`: the id, every
 * many-to-one key (relations and access rules read them), `always` (a page's sort key), each
 * selected column and what each selected computed field declared. `null` (every column) without
 * `fields`, when the type is not selected, or when a selected field is not known.
 */
export function columnsToRead(meta: EntityMetadata, fields: OperationFields | undefined, always: readonly string[] = []): ColumnChoice | null {
  if (!fields) return null;
  let remembered = choices.get(fields);
  if (!remembered) choices.set(fields, (remembered = new Map()));
  const cacheKey = `${meta.className}|${always.join(',')}`;
  if (remembered.has(cacheKey)) return remembered.get(cacheKey)!;
  const choice = chooseColumns(meta, fields.get(meta.className), always);
  remembered.set(cacheKey, choice);
  return choice;
}

function chooseColumns(meta: EntityMetadata, selected: ReadonlySet<string> | undefined, always: readonly string[]): ColumnChoice | null {
  if (!selected) return null;
  const props = new Set<string>(['id', ...always]);
  for (const prop of meta.props) if (prop.kind === ReferenceKind.MANY_TO_ONE) props.add(prop.name);
  const computed = computedFields.get(meta.className);
  for (const field of selected) {
    const prop = meta.properties[field as never] as EntityMetadata['props'][number] | undefined;
    const declared = computed?.get(field);
    if (declared) for (const name of declared) props.add(name);
    else if (prop && isReadable(prop)) props.add(prop.name);
    else return null;
  }
  return { key: [...props].sort().join(','), props };
}
