/**
 * What the kept follow-up figures count (`follow_up_day_figures`, `follow_up_hour_figures`):
 * per shop, bucket of the due time and assignee.
 */
export const FIGURES = ['due', 'done_on_time', 'done_late', 'done', 'open', 'ordered'] as const;

/** The follow_up_tasks columns the figures are computed from. */
export const FIGURE_COLUMNS = `"shop_id", "due_at", "assignee_id", "status", "on_time", "outcome"`;

/**
 * Adds the signed changes in `moves` (rows of follow_up_tasks with a `sign` of 1 or -1) to the
 * figures in `table`, bucketed by `bucket` (an expression over `m.due_at`, stored in
 * `bucketColumn`), in key order (concurrent statements lock the same rows in the same order).
 * Statements that change no figure (a note edited) write nothing.
 */
export function applyFigureMoves(table: string, bucketColumn: string, bucket: string, moves: string): string {
  return `with moves as (${moves}),
  changes as (
    select m.shop_id, ${bucket} as ${bucketColumn}, m.assignee_id,
           sum(m.sign) as due,
           coalesce(sum(m.sign) filter (where m.status = 'DONE' and m.on_time), 0) as done_on_time,
           coalesce(sum(m.sign) filter (where m.status = 'DONE' and not m.on_time), 0) as done_late,
           coalesce(sum(m.sign) filter (where m.status = 'DONE'), 0) as done,
           coalesce(sum(m.sign) filter (where m.status = 'OPEN'), 0) as open,
           coalesce(sum(m.sign) filter (where m.outcome = 'ORDERED'), 0) as ordered
      from moves m where m.status <> 'CANCELLED'
     group by 1, 2, 3
  )
  insert into "${table}" as f ("shop_id", "${bucketColumn}", "assignee_id", ${FIGURES.map((c) => `"${c}"`).join(', ')})
  select * from changes c where ${FIGURES.map((c) => `c.${c} <> 0`).join(' or ')}
   order by 1, 2, 3
  on conflict ("shop_id", "${bucketColumn}", "assignee_id") do update set ${FIGURES.map((c) => `"${c}" = f."${c}" + excluded."${c}"`).join(', ')}`;
}

/**
 * The statements a statement-level trigger set needs on `table`, named after `name`: one
 * function and trigger per event, each running `apply` over the changed rows with a `sign` (1 for
 * new rows, -1 for old ones), and those that drop them again, in order.
 */
export function statementTriggers(
  name: string,
  table: string,
  columns: string,
  apply: (moves: string) => string[],
  transition = { old: 'old_rows', new: 'new_rows' },
): { create: string[]; drop: string[] } {
  const body = (moves: string) => `begin\n${apply(moves).map((s) => `  ${s};`).join('\n')}\n  return null;\nend $$;`;
  const create = [
    `create function "${name}_after_insert"() returns trigger language plpgsql as $$\n${body(`select ${columns}, 1 as sign from ${transition.new}`)}`,
    `create function "${name}_after_update"() returns trigger language plpgsql as $$\n${body(`select ${columns}, 1 as sign from ${transition.new} union all select ${columns}, -1 as sign from ${transition.old}`)}`,
    `create function "${name}_after_delete"() returns trigger language plpgsql as $$\n${body(`select ${columns}, -1 as sign from ${transition.old}`)}`,
    `create trigger "${name}_insert" after insert on "${table}" referencing new table as ${transition.new} for each statement execute function "${name}_after_insert"();`,
    `create trigger "${name}_update" after update on "${table}" referencing old table as ${transition.old} new table as ${transition.new} for each statement execute function "${name}_after_update"();`,
    `create trigger "${name}_delete" after delete on "${table}" referencing old table as ${transition.old} for each statement execute function "${name}_after_delete"();`,
  ];
  const drop = [
    ...['delete', 'update', 'insert'].map((event) => `drop trigger if exists "${name}_${event}" on "${table}";`),
    ...['delete', 'update', 'insert'].map((event) => `drop function if exists "${name}_after_${event}"();`),
  ];
  return { create, drop };
}

/** The statements that keep `table` by `applyMoves` on every change of follow_up_tasks, and those that drop them. */
export function figureTriggers(table: string, applyMoves: (moves: string) => string): { create: string[]; drop: string[] } {
  return statementTriggers(table, 'follow_up_tasks', FIGURE_COLUMNS, (moves) => [applyMoves(moves)], { old: 'old_tasks', new: 'new_tasks' });
}
