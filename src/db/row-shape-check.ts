import { Utils } from '@mikro-orm/core';
import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { isReadOnlyRow } from './rows';

/**
 * `ROW_SHAPE_CHECK=on` (off by default; CI's second pass of the suite turns it on): every
 * resolver of an entity's GraphQL type refuses a root that is an entity but not a read-only row,
 * so a path that hands resolvers a managed entity (a query returning `em.findOne`, a payload not
 * read back) fails the test that takes it. Off, nothing is wrapped.
 */
export function rowShapeCheckOn(): boolean {
  const value = process.env.ROW_SHAPE_CHECK ?? 'off';
  if (value !== 'on' && value !== 'off') throw new Error(`ROW_SHAPE_CHECK must be on or off, not ${JSON.stringify(value)}`);
  return value === 'on';
}

const checked = new WeakSet<GraphQLSchema>();

/** Wraps the resolvers of the types named `entityTypes` (once per schema) with the check. */
export function checkRowShapes(schema: GraphQLSchema, entityTypes: ReadonlySet<string>): void {
  if (checked.has(schema)) return;
  checked.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !entityTypes.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        if (root !== null && typeof root === 'object' && Utils.isEntity(root) && !isReadOnlyRow(root)) {
          throw new Error(`${type.name}.${field.name} was given a managed entity, not a read-only row`);
        }
        return resolve(root, args, context, info);
      };
    }
  }
}
