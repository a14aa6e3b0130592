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
