import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown>;
const POSITION = { root: 'root', context: 'context', info: 'info' } as const;

/**
 * type-graphql calls every field resolver through a generic dispatcher that, on each call,
 * sorts the parameter list, builds a resolver-data object and an argument array and looks the
 * resolver instance up: with 50 rows and a few relation fields each, that was a tenth of a
 * request's allocations. A field resolver whose parameters are only `@Root()`, `@Ctx()` and
 * `@Info()`, with no roles and no middleware, gets a direct call built once instead. Everything
 * else (arguments, `@Authorized`, middleware) keeps type-graphql's resolver. Returns the
 * fields changed, by `Type.field`.
 */
export function useLeanFieldResolvers(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const typeNames = new Map<Function, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<Function, object>();
  const changed: string[] = [];
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !meta.getObjectType || meta.roles || (meta.middlewares?.length ?? 0) > 0) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const simple = params.every((p) => (p.kind === 'root' || p.kind === 'context') ? p.propertyName === undefined : p.kind === 'info');
    if (!simple) continue;
    const typeName = typeNames.get(meta.getObjectType());
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type && isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    if (!field?.resolve) continue;
    let instance = instances.get(meta.target);
    if (!instance) instances.set(meta.target, (instance = new (meta.target as new () => object)()));
    const method = (instance as Record<string, (...args: unknown[]) => unknown>)[meta.methodName];
    // A root that is not an instance of the declared type is converted by type-graphql
    // (`@Root() x: SomeClass`); leave those calls to its resolver.
    const rootTypes = params.flatMap((p) => (p.kind === 'root' && p.getType ? [p.getType() as Function] : []));
    const original = field.resolve;
    const order = params.map((p) => POSITION[p.kind as keyof typeof POSITION]);
    field.resolve = leanResolver(instance, method, order, rootTypes[0], original);
    changed.push(`${typeName}.${meta.schemaName}`);
  }
  return changed;
}

function leanResolver(
  instance: object,
  method: (...args: unknown[]) => unknown,
  order: ('root' | 'context' | 'info')[],
  rootType: Function | undefined,
  original: Resolve,
): Resolve {
  const call = (root: unknown, context: unknown, info: unknown) => {
    switch (order.length) {
      case 0:
        return method.call(instance);
      case 1:
        return method.call(instance, pick(order[0], root, context, info));
      case 2:
        return method.call(instance, pick(order[0], root, context, info), pick(order[1], root, context, info));
      default:
        return method.apply(instance, order.map((p) => pick(p, root, context, info)));
    }
  };
  if (!rootType || typeof rootType !== 'function' || rootType === Object) return (root, _args, context, info) => call(root, context, info);
  return (root, args, context, info) => (root != null && !(root instanceof rootType) ? original(root, args, context, info) : call(root, context, info));
}

function pick(position: 'root' | 'context' | 'info', root: unknown, context: unknown, info: unknown): unknown {
  return position === 'root' ? root : position === 'context' ? context : info;
}
