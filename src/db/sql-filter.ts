import { FilterQuery, raw } from '@mikro-orm/core';
import { knexBindings, knexText } from './knex-bindings';
import type { Sql } from './sql';

/**
 * A condition written once as SQL (`(alias) => sql\`…\``), as a MikroORM filter: services that
 * load entities to change them use the same rule as the SQL read paths, never an ORM twin of it.
 * MikroORM gives the alias of the entity's table; the values stay parameters. MikroORM lets a
 * raw key serve one query: make the filter where the query is made, once per query.
 */
export function whereSql<T>(condition: (alias: string) => Sql): FilterQuery<T> {
  const values = knexBindings(condition('x').values);
  const fragment = raw((alias: string) => knexText(condition(alias)), values);
  return { [fragment]: [] } as FilterQuery<T>;
}
