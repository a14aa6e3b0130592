import { Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isReadOnlyRow, selectPlain } from '../db/rows';
import { sql } from '../db/sql';

/** How deep a payload's objects are searched for entities (payload → result list → result → entity). */
const DEPTH = 4;

/**
 * A committed mutation's payload with each entity it holds read back from the database as the
 * read-only row every query resolver receives: resolvers of a type meet one shape whatever path
 * reached them, and the row carries what the database's triggers set on commit (figures, open
 * counts), which the managed entity never saw. One statement for the whole payload, whatever
 * the number of entities and kinds; an entity the mutation removed is not in a payload.
 */
export async function readBack<R extends object>(em: EntityManager, payload: R): Promise<R> {
  const wanted = new Map<string, { entity: object; ids: Set<number> }>();
  const visit = (value: unknown, depth: number, found: (entity: { id: number }) => void) => {
    if (value === null || typeof value !== 'object' || value instanceof Date || depth > DEPTH) return;
    if (Utils.isEntity(value)) {
      if (!isReadOnlyRow(value)) found(value as { id: number });
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child, depth + 1, found);
  };
  visit(payload, 0, (entity) => {
    const name = entity.constructor.name;
    let group = wanted.get(name);
    if (!group) wanted.set(name, (group = { entity: entity.constructor, ids: new Set() }));
    group.ids.add(entity.id);
  });
  if (wanted.size === 0) return payload;

  const rows = new Map<string, Map<number, object>>();
  await Promise.all(
    [...wanted].map(async ([name, { entity, ids }]) => {
      const read = await selectPlain(em, entity as new () => { id: number }, 't', sql`t.id = any(${[...ids]})`);
      rows.set(name, new Map(read.map((row) => [row.id, row])));
    }),
  );
  const replace = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value !== 'object' || value instanceof Date || depth > DEPTH) return value;
    if (Utils.isEntity(value)) return isReadOnlyRow(value) ? value : rows.get(value.constructor.name)?.get((value as { id: number }).id) ?? null;
    if (Array.isArray(value)) return (value as unknown[]).map((child) => replace(child, depth + 1));
    const copy = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    for (const [key, child] of Object.entries(value)) copy[key] = replace(child, depth + 1);
    return copy;
  };
  return replace(payload, 0) as R;
}
