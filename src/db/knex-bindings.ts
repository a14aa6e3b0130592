/** Statements in knex's dialect, for MikroORM's `execute` and knex's `raw` (the statements inside a transaction). */

/**
 * The statement in knex's dialect, for MikroORM's `execute`: `?` for each parameter, a literal
 * `?` (a jsonb operator) escaped.
 */
export function knexText(query: { readonly parts: readonly string[] }): string {
  return query.parts.map((part) => part.replace(/\?/g, '\\?')).join('?');
}

/**
 * The parameters for knex, which would spread an array into a list of parameters: an array goes
 * as PostgreSQL's array literal instead, the text node-postgres itself sends for one, so
 * `= any($1)` and `@> $1` mean the same through both paths.
 */
export function knexBindings(values: readonly unknown[]): unknown[] {
  return values.map((value) => (Array.isArray(value) ? arrayLiteral(value) : value === undefined ? null : value));
}

function arrayLiteral(values: readonly unknown[]): string {
  const element = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayLiteral(value);
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}
