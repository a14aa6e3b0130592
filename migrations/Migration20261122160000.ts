import { Migration } from '@mikro-orm/migrations';

/**
 * Each rep's follow-ups per UTC day of their due time, counted, and kept by statement-level
 * triggers on follow_up_tasks: the compliance report sums whole days from here and reads only the
 * partial days at the edges of its period (and today, where "overdue" depends on the hour) from
 * follow_up_tasks. Its cost then follows the number of reps and days, not of follow-ups.
 */
const FIGURES = ['due', 'done_on_time', 'done_late', 'done', 'open', 'ordered'] as const;

/**
 * Adds the signed changes in `moves` (rows of follow_up_tasks with a `sign` of 1 or -1) to the
 * day figures, in key order (concurrent statements lock the same rows in the same order).
 * Statements that change no figure (a note edited) write nothing.
 */
function applyMoves(moves: string): string {
  return `with moves as (${moves}),
  changes as (
    select m.shop_id, (m.due_at at time zone 'UTC')::date as day, m.assignee_id,
           sum(m.sign) as due,
           coalesce(sum(m.sign) filter (where m.status = 'DONE' and m.on_time), 0) as done_on_time,
           coalesce(sum(m.sign) filter (where m.status = 'DONE' and not m.on_time), 0) as done_late,
           coalesce(sum(m.sign) filter (where m.status = 'DONE'), 0) as done,
           coalesce(sum(m.sign) filter (where m.status = 'OPEN'), 0) as open,
           coalesce(sum(m.sign) filter (where m.outcome = 'ORDERED'), 0) as ordered
      from moves m where m.status <> 'CANCELLED'
     group by 1, 2, 3
  )
  insert into "follow_up_day_figures" as f ("shop_id", "day", "assignee_id", ${FIGURES.map((c) => `"${c}"`).join(', ')})
  select * from changes c where ${FIGURES.map((c) => `c.${c} <> 0`).join(' or ')}
   order by 1, 2, 3
  on conflict ("shop_id", "day", "assignee_id") do update set ${FIGURES.map((c) => `"${c}" = f."${c}" + excluded."${c}"`).join(', ')}`;
}

const COLUMNS = `"shop_id", "due_at", "assignee_id", "status", "on_time", "outcome"`;

export class Migration20261122160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_day_figures" ("shop_id" int not null, "day" date not null, "assignee_id" int not null, "due" int not null default 0, "done_on_time" int not null default 0, "done_late" int not null default 0, "done" int not null default 0, "open" int not null default 0, "ordered" int not null default 0, constraint "follow_up_day_figures_pkey" primary key ("shop_id", "day", "assignee_id"));`);
    this.addSql(`${applyMoves(`select ${COLUMNS}, 1 as sign from "follow_up_tasks"`)};`);
    this.addSql(`create function "follow_up_day_figures_after_insert"() returns trigger language plpgsql as $$
begin
  ${applyMoves(`select ${COLUMNS}, 1 as sign from new_tasks`)};
  return null;
end $$;`);
    this.addSql(`create function "follow_up_day_figures_after_update"() returns trigger language plpgsql as $$
begin
  ${applyMoves(`select ${COLUMNS}, 1 as sign from new_tasks union all select ${COLUMNS}, -1 as sign from old_tasks`)};
  return null;
end $$;`);
    this.addSql(`create function "follow_up_day_figures_after_delete"() returns trigger language plpgsql as $$
begin
  ${applyMoves(`select ${COLUMNS}, -1 as sign from old_tasks`)};
  return null;
end $$;`);
    this.addSql(`create trigger "follow_up_day_figures_insert" after insert on "follow_up_tasks" referencing new table as new_tasks for each statement execute function "follow_up_day_figures_after_insert"();`);
    this.addSql(`create trigger "follow_up_day_figures_update" after update on "follow_up_tasks" referencing old table as old_tasks new table as new_tasks for each statement execute function "follow_up_day_figures_after_update"();`);
    this.addSql(`create trigger "follow_up_day_figures_delete" after delete on "follow_up_tasks" referencing old table as old_tasks for each statement execute function "follow_up_day_figures_after_delete"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "follow_up_day_figures_delete" on "follow_up_tasks";`);
    this.addSql(`drop trigger if exists "follow_up_day_figures_update" on "follow_up_tasks";`);
    this.addSql(`drop trigger if exists "follow_up_day_figures_insert" on "follow_up_tasks";`);
    this.addSql(`drop function if exists "follow_up_day_figures_after_delete"();`);
    this.addSql(`drop function if exists "follow_up_day_figures_after_update"();`);
    this.addSql(`drop function if exists "follow_up_day_figures_after_insert"();`);
    this.addSql(`drop table if exists "follow_up_day_figures";`);
  }

}
