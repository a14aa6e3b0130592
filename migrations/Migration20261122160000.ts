import { Migration } from '@mikro-orm/migrations';
import { applyFigureMoves, FIGURE_COLUMNS, figureTriggers } from './figures';

/**
 * Each rep's follow-ups per UTC day of their due time, counted, and kept by statement-level
 * triggers on follow_up_tasks: the compliance report sums whole days from here and reads only the
 * partial days at the edges of its period (and today, where "overdue" depends on the hour) from
 * follow_up_tasks. Its cost then follows the number of reps and days, not of follow-ups.
 */
/** The day figures' share of `applyFigureMoves`: buckets are UTC days. */
function applyMoves(moves: string): string {
  return applyFigureMoves('follow_up_day_figures', 'day', "(m.due_at at time zone 'UTC')::date", moves);
}

export class Migration20261122160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_day_figures" ("shop_id" int not null, "day" date not null, "assignee_id" int not null, "due" int not null default 0, "done_on_time" int not null default 0, "done_late" int not null default 0, "done" int not null default 0, "open" int not null default 0, "ordered" int not null default 0, constraint "follow_up_day_figures_pkey" primary key ("shop_id", "day", "assignee_id"));`);
    this.addSql(`${applyMoves(`select ${FIGURE_COLUMNS}, 1 as sign from "follow_up_tasks"`)};`);
    for (const statement of figureTriggers('follow_up_day_figures', applyMoves).create) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of figureTriggers('follow_up_day_figures', applyMoves).drop) this.addSql(statement);
    this.addSql(`drop table if exists "follow_up_day_figures";`);
  }

}
