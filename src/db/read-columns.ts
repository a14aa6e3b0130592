import { EntityMetadata, EntityProperty, ReferenceKind } from '@mikro-orm/core';
import { Extensions } from 'type-graphql';
import {
  getNamedType,
  GraphQLField,
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
import { ColumnChoice, isReadable } from './rows';

/**
 * What an operation reads of each object type, anywhere in it (fragments, skipped and included
 * parts alike): the fields it selects, each field declared with `@Reads` replaced by what it reads.
 */
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
      const reads = declaredReads(target.getFields()[name]);
      if (reads) for (const prop of reads) set.add(prop);
      else set.add(name);
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

/** The field extension `@Reads` writes: the columns (entity properties) a field reads of its row. */
const READS = 'reads';

/**
 * Declares on a GraphQL field of an entity's type what it reads of the row when it is not a
 * column itself (`segment` reads the customer's order figures; a list of the customer's
 * follow-ups reads only the id, `@Reads()`). Rows of a page carry only the columns the operation's
 * fields read, so every such field must say it: `checkFieldNeeds` refuses a schema where one
 * does not, at start-up.
 */
export function Reads<T = never>(...props: (keyof T & string)[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [READS]: props });
}

function declaredReads(field: GraphQLField<unknown, unknown> | undefined): readonly string[] | undefined {
  const reads = field?.extensions?.[READS];
  return Array.isArray(reads) ? (reads as string[]) : undefined;
}

/**
 * Checks that every field of every GraphQL type backed by an entity (same name) is a column, a
 * many-to-one relation, or declares what it reads (`@Reads`), and that declarations name
 * columns. Throws, naming each offender: a field added without its declaration stops the
 * server at start-up (and the test that builds the schema), never a request.
 */
export function checkFieldNeeds(schema: GraphQLSchema, entities: readonly EntityMetadata[]): void {
  const problems: string[] = [];
  for (const meta of entities) {
    const type = schema.getType(meta.className);
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const reads = declaredReads(field);
      const unknown = (reads ?? [field.name]).filter((name) => {
        const prop = meta.properties[name as never] as EntityProperty | undefined;
        return !prop || !isReadable(prop);
      });
      if (unknown.length === 0) continue;
      problems.push(reads ? `${type.name}.${field.name} declares @Reads of what is not a column: ${unknown.join(', ')}` : `${type.name}.${field.name} is not a column: declare what it reads with @Reads(...)`);
    }
  }
  if (problems.length > 0) throw new Error(`Fields whose needs are not declared:\n${problems.join('\n')}`);
}

const choices = new WeakMap<OperationFields, Map<string, ColumnChoice | null>>();

/**
 * The columns rows of `meta` need for an operation that selects `fields`: the id, every
 * many-to-one key (relations and access rules read them), `always` (a page's sort key), each
 * selected column and what each selected computed field declared. `null` (every column) without
 * `fields` or when the type is not selected. (`checkFieldNeeds` makes an unknown need impossible
 * at start-up; were one to slip through, the row carries every column: slower, never wrong.)
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
  for (const name of selected) {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (!prop || !isReadable(prop)) return null;
    props.add(prop.name);
  }
  return { key: [...props].sort().join(','), props };
}
