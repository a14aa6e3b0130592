import { EntityMetadata, EntityName, FilterQuery, QueryOrderMap, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads rows as light, read-only instances of the entity class: its prototype (getters and
 * methods work), its fields, and each many-to-one as `{ id }`, the shape resolvers use. No
 * identity map, no change tracking, no per-entity property wiring: on the read paths that cost
 * most of each request (see the README's benchmark notes). Never modify or flush these.
 */
export async function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number } = {},
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  return readOnlyRows(em, entity, (await qb.execute('all', true)) as Record<string, unknown>[]);
}

/** Rows a query builder mapped to property names (`execute('all', true)`), as read-only entities. */
export function readOnlyRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get<T>((typeof entity === 'function' ? entity.name : entity) as string);
  return rows.map((row) => toReadOnlyEntity(meta, row));
}

function toReadOnlyEntity<T extends object>(meta: EntityMetadata<T>, row: Record<string, unknown>): T {
  // Own data properties, defined rather than assigned: MikroORM puts relation setters on the
  // entity prototype, and assigning through them would wire the object back into the ORM.
  const fields: PropertyDescriptorMap = {};
  for (const prop of meta.props) {
    if (prop.lazy || prop.hidden || !(prop.name in row)) continue; // secrets stay in the database
    const value = row[prop.name];
    fields[prop.name] = { value: prop.kind === ReferenceKind.MANY_TO_ONE ? (value == null ? null : { id: value }) : value, enumerable: true };
  }
  return Object.create(meta.class.prototype, fields) as T;
}
