import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityName, EntityProperty, ReferenceKind, Utils } from '@mikro-orm/core';
import { queryValue, sql, Sql } from './sql';
import type { Selection } from '../common/connection';
import type { RowsById } from './row-loaders';
import { fromJsonRows, metadataOf, rowReader } from './rows';
import { columnsToRead, OperationFields } from './read-columns';

/** A loader that brings a relation's rows, and the relations of those rows it may bring in turn. */
export interface RelatedRows {
  loader: RowsById;
  related: Related;
}

/** For each many-to-one relation a page may bring along, the loader whose rows answer it. */
export type Related = Readonly<Record<string, RowsById | RelatedRows>>;

/** A relation the page brings in its own statement, with the ones its rows bring in turn. */
export interface PageInclude {
  relation: string;
  loader: RowsById;
  include: PageInclude[];
}

/** The relations of `related` that `selection` (what the query reads on the items) asks for. */
export function pageIncludes(selection: Selection, related: Related): PageInclude[] {
  return Object.entries(related).flatMap(([relation, rows]) => {
    const asked = selection.get(relation);
    if (!asked) return [];
    const { loader, related: next } = 'related' in rows ? rows : { loader: rows, related: {} };
    return [{ relation, loader, include: pageIncludes(asked, next) }];
  });
}

function foreignKey(em: EntityManager, entity: string, relation: string): Sql {
  const prop = metadataOf(em, entity).properties[relation as never] as EntityProperty | undefined;
  if (!prop || prop.kind !== ReferenceKind.MANY_TO_ONE) throw new Error(`${entity}.${relation} is not a many-to-one relation`);
  return sql.raw(`"${prop.fieldNames[0]}"`);
}

/**
 * The page's rows (`pageRows`, a `select *` over the entity's table under `alias`, in `orderBy`)
 * and every included relation's rows, as one statement: each relation is a WITH query over the
 * ids its parent's rows point to, chosen by its loader's own condition, so the access rules are
 * the loader's. The loaders are primed with what came, so the fields that ask for those rows
 * resolve without a query of their own. With `fields`, every row carries only the columns the
 * operation can read of it (`columnsToRead`; the page's rows also their `sortProperty`);
 * `genericPlan` as `sql.genericPlan` says.
 */
export async function selectWithIncludes<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  pageRows: Sql,
  orderBy: Sql,
  include: PageInclude[],
  { fields, sortProperty, genericPlan = false }: { fields?: OperationFields; sortProperty?: string; genericPlan?: boolean } = {},
): Promise<T[]> {
  const columns = columnsToRead(metadataOf(em, entity), fields, sortProperty ? [sortProperty] : []);
  const withQueries: Sql[] = [sql`page_rows as (${pageRows})`];
  const arrays: Sql[] = [sql`(select coalesce(json_agg(${rowReader(em, entity).shape(columns).jsonRow(alias)} order by ${orderBy}), '[]') from ${sql.raw(`page_rows ${alias}`)})`];
  const includedColumns = (loader: RowsById) => columnsToRead(metadataOf(em, loader.entityName), fields);
  const plan = (includes: PageInclude[], parent: string, parentEntity: string) => {
    for (const { relation, loader, include: next } of includes) {
      const name = `included_${withQueries.length}`;
      const ids = sql`array(select p.${foreignKey(em, parentEntity, relation)} from ${sql.raw(parent)} p)`;
      withQueries.push(sql`${sql.raw(name)} as (${loader.selectSql(ids)})`);
      arrays.push(sql`(${loader.jsonSql(name, includedColumns(loader))})`);
      plan(next, name, loader.entityName);
    }
  };
  plan(include, 'page_rows', Utils.className(entity));
  const statement = sql`with ${sql.join(withQueries, ', ')} select json_build_array(${sql.join(arrays, ', ')})`;
  // The included rows are by id; whether one plan fits every execution is the page's condition's to say.
  const [pageJson, ...related] = await queryValue<unknown[][][]>(em, genericPlan ? sql.genericPlan(statement) : statement);

  const rows = fromJsonRows(em, entity, pageJson, columns);
  let next = 0; // the arrays come in the order `plan` added them
  const prime = (includes: PageInclude[], parents: object[]) => {
    for (const { relation, loader, include: nested } of includes) {
      const ids = new Set<number>();
      for (const parent of parents) {
        const target = (parent as Record<string, { id: number } | null | undefined>)[relation];
        if (target) ids.add(target.id);
      }
      prime(nested, loader.primeRows(ids, related[next++], includedColumns(loader)));
    }
  };
  prime(include, rows);
  return rows;
}
