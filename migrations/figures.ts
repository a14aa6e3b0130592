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
 * The statements that keep `table` by `applyMoves` on every insert, update and delete of
 * follow_up_tasks (statement-level triggers over the transition tables), and those that drop
 * them again, in order.
 */
export function figureTriggers(table: string, applyMoves: (moves: string) => string): { create: string[]; drop: string[] } {
  const body = (moves: string) => `begin
  ${applyMoves(moves)};
  return null;
end $$;`;
  const create = [
    `create function "${table}_after_insert"() returns trigger language plpgsql as $$\n${body(`select ${FIGURE_COLUMNS}, 1 as sign from new_tasks`)}`,
    `create function "${table}_after_update"() returns trigger language plpgsql as $$\n${body(`select ${FIGURE_COLUMNS}, 1 as sign from new_tasks union all select ${FIGURE_COLUMNS}, -1 as sign from old_tasks`)}`,
    `create function "${table}_after_delete"() returns trigger language plpgsql as $$\n${body(`select ${FIGURE_COLUMNS}, -1 as sign from old_tasks`)}`,
    `create trigger "${table}_insert" after insert on "follow_up_tasks" referencing new table as new_tasks for each statement execute function "${table}_after_insert"();`,
    `create trigger "${table}_update" after update on "follow_up_tasks" referencing old table as old_tasks new table as new_tasks for each statement execute function "${table}_after_update"();`,
    `create trigger "${table}_delete" after delete on "follow_up_tasks" referencing old table as old_tasks for each statement execute function "${table}_after_delete"();`,
  ];
  const drop = [
    ...['delete', 'update', 'insert'].map((event) => `drop trigger if exists "${table}_${event}" on "follow_up_tasks";`),
    ...['delete', 'update', 'insert'].map((event) => `drop function if exists "${table}_after_${event}"();`),
  ];
  return { create, drop };
}
