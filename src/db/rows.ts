import { EntityMetadata, EntityName, EntityProperty, Platform, ReferenceKind, Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryValue, sql, Sql } from './sql';

/**
 * Reads rows as light, read-only instances of the entity class: its prototype (getters and
 * methods work, `instanceof` holds), its columns as own fields (lazy ones too, secrets never),
 * and each many-to-one as `{ id }`, the shape resolvers use. No identity map, no change
 * tracking, no per-entity property wiring: on the read paths those cost most of each request
 * (see the README's benchmark notes).
 * Never modify or flush these; services re-fetch through the EntityManager to change anything.
 */
export interface RowShape<T> {
  /**
   * `json_build_array(<columns>)` over the table under `alias`: one JSON value per row (secrets
   * left out). node-postgres decodes every column of every row on its own, which costs more than
   * the query; one JSON value is decoded natively in one pass.
   */
  jsonRow(alias: string): Sql;
  /** A row sent as `jsonRow`. */
  fromJsonRow(values: unknown[]): T;
}

/**
 * Which columns a read brings: `key` names the set (rows of one key share one constructor),
 * `props` the entity's properties. See `read-columns.ts` for how a request chooses them.
 */
export interface ColumnChoice {
  readonly key: string;
  readonly props: ReadonlySet<string>;
}

export interface RowReader<T> extends RowShape<T> {
  /**
   * Rows of only the `columns` chosen (`null`: every readable one). Reading a property that was
   * not chosen throws, so a missing column is a loud error, never a silent `undefined`.
   */
  shape(columns: ColumnChoice | null): RowShape<T>;
}

const readers = new WeakMap<EntityMetadata, RowReader<never>>();
const READ_ONLY_ROW = Symbol('read-only row');

/** Whether `entity` is a row read by a `RowReader` (every column as read), not a managed entity. */
export function isReadOnlyRow(entity: object): boolean {
  return (entity as { [READ_ONLY_ROW]?: boolean })[READ_ONLY_ROW] === true;
}

/** An entity's metadata (table, columns), given its class or name. */
export function metadataOf<T extends object>(em: EntityManager, entity: EntityName<T>): EntityMetadata<T> {
  return em.getMetadata().get<T>(Utils.className(entity));
}

/** The reader of an entity, built once per entity (per ORM metadata) and cached. */
export function rowReader<T extends object>(em: EntityManager, entity: EntityName<T>): RowReader<T> {
  const meta = metadataOf(em, entity);
  let reader = readers.get(meta as EntityMetadata) as RowReader<T> | undefined;
  if (!reader) {
    reader = buildReader(meta, em.getPlatform());
    readers.set(meta as EntityMetadata, reader as RowReader<never>);
  }
  return reader;
}

/**
 * Whether a property is read at all: secrets (`hidden`) stay in the database. Lazy columns are
 * read too: lazy keeps them out of managed entities (e.g. figures triggers keep), and these rows
 * are never managed.
 */
export function isReadable(prop: EntityProperty): boolean {
  return !!prop.fieldNames && prop.fieldNames.length === 1 && !prop.hidden && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE);
}

function buildReader<T extends object>(meta: EntityMetadata<T>, platform: Platform): RowReader<T> {
  const props = meta.props.filter(isReadable);
  // MikroORM defines accessors for every property on the entity prototype; assigning through
  // them would wire the object back into the ORM. A prototype in between shadows each one with
  // a plain writable field (timestamps: an accessor of a hidden field), so the constructor's
  // assignments create fast own fields instead.
  const shadow: PropertyDescriptorMap = {};
  const slots = new Map<string, symbol>();
  for (const prop of props) {
    if (prop.runtimeType === 'Date' && !prop.customType) {
      // JSON sends timestamps as ISO 8601 text, and a page reads few of a row's four or five:
      // the text waits in a hidden field and becomes a Date when first read (5% of a follow-up
      // queue request's instructions went to parsing them all).
      const slot = Symbol(prop.name);
      slots.set(prop.name, slot);
      shadow[prop.name] = {
        get(this: Record<symbol, unknown>) {
          const value = this[slot];
          return typeof value === 'string' ? (this[slot] = new Date(value)) : value;
        },
        set(this: Record<symbol, unknown>, value: unknown) {
          this[slot] = value;
        },
        enumerable: true,
        configurable: true,
      };
    } else {
      shadow[prop.name] = { value: undefined, writable: true, configurable: true };
    }
  }
  shadow[READ_ONLY_ROW] = { value: true };
  const prototype = Object.create(meta.class.prototype, shadow) as object;

  type Target = Record<PropertyKey, unknown>;
  const setterOf = (prop: EntityProperty): ((target: Target, value: unknown) => void) => {
    const key: PropertyKey = slots.get(prop.name) ?? prop.name;
    if (prop.kind === ReferenceKind.MANY_TO_ONE) return (target, value) => void (target[key] = value == null ? null : { id: value });
    const custom = prop.customType;
    if (custom) return (target, value) => void (target[key] = value == null ? value : custom.convertToJSValue(value, platform));
    return (target, value) => void (target[key] = value);
  };
  // Every row of one shape gets the same fields in the same order, so V8 gives them one hidden
  // class, which is what makes reading many rows cheap.
  const construct = (chosen: readonly EntityProperty[], sourceOf: (prop: EntityProperty, index: number) => string | number, proto: object) => {
    const setters = chosen.map(setterOf);
    const sources = chosen.map(sourceOf);
    const count = setters.length;
    return (row: unknown): T => {
      const target = Object.create(proto) as Target;
      const values = row as Record<string | number, unknown>;
      for (let i = 0; i < count; i++) setters[i](target, values[sources[i]]);
      return target as T;
    };
  };

  const buildShape = (chosen: readonly EntityProperty[]): RowShape<T> => {
    let proto = prototype;
    if (chosen.length < props.length) {
      const missing: PropertyDescriptorMap = {};
      for (const prop of props) {
        if (chosen.includes(prop)) continue;
        missing[prop.name] = {
          get() {
            throw new Error(`${meta.className}.${prop.name} was not read for this request: declare what the field reading it needs (readsColumns)`);
          },
          set(this: object, value: unknown) {
            Object.defineProperty(this, prop.name, { value, writable: true, enumerable: true, configurable: true });
          },
          configurable: true,
        };
      }
      proto = Object.create(prototype, missing) as object;
    }
    const fromJsonRow = construct(chosen, (_prop, index) => index, proto);
    const jsonRows = new Map<string, Sql>();
    return {
      jsonRow(alias) {
        let expression = jsonRows.get(alias);
        if (!expression) {
          expression = sql.raw(`json_build_array(${chosen.map((prop) => `${alias}."${prop.fieldNames[0]}"`).join(', ')})`);
          jsonRows.set(alias, expression);
        }
        return expression;
      },
      fromJsonRow,
    };
  };
  const everyColumn = buildShape(props);
  const shapes = new Map<string, RowShape<T>>();
  return {
    jsonRow: everyColumn.jsonRow,
    fromJsonRow: everyColumn.fromJsonRow,
    shape(columns) {
      if (!columns) return everyColumn;
      let shape = shapes.get(columns.key);
      if (!shape) {
        const chosen = props.filter((prop) => columns.props.has(prop.name));
        shape = chosen.length === props.length ? everyColumn : buildShape(chosen);
        shapes.set(columns.key, shape);
      }
      return shape;
    },
  };
}

/**
 * Read-only entities chosen by hand-written SQL over the entity's table under `alias`, for the
 * hot read paths (loaders, pages), where building a query through the ORM costs more than
 * running it. `where` is a condition on that table (subqueries for anything else); `orderBy`
 * orders the result through the aggregate's own ORDER BY, so the order is guaranteed, and
 * `limit` caps it. The rows come back as one JSON array, sent with the request's other queries of
 * the same moment (`queryValue`); `genericPlan` as `sql.genericPlan` says.
 */
export async function selectPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  where: Sql,
  options: { orderBy?: Sql; limit?: number; columns?: ColumnChoice | null; genericPlan?: boolean } = {},
): Promise<T[]> {
  const table = sql.raw(`"${metadataOf(em, entity).tableName}"`);
  const as = sql.raw(alias);
  const order = options.orderBy ? sql` order by ${options.orderBy}` : sql.raw('');
  const source =
    options.limit === undefined
      ? sql`${table} ${as} where ${where}`
      : sql`(select * from ${table} ${as} where ${where}${order} limit ${options.limit}) ${as}`;
  const shape = rowReader(em, entity).shape(options.columns ?? null);
  const statement = sql`select coalesce(json_agg(${shape.jsonRow(alias)}${order}), '[]') from ${source}`;
  const rows = await queryValue<unknown[][]>(em, options.genericPlan ? sql.genericPlan(statement) : statement);
  return rows.map((row) => shape.fromJsonRow(row));
}

/** Rows sent as one JSON array of `jsonRow`s (of `columns`, or every column), as read-only entities. */
export function fromJsonRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: unknown[][], columns: ColumnChoice | null = null): T[] {
  const shape = rowReader(em, entity).shape(columns);
  return rows.map((row) => shape.fromJsonRow(row));
}
