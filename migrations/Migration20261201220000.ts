import { Migration } from '@mikro-orm/migrations';
import { applyFigureMoves, FIGURE_COLUMNS, FIGURES, figureTriggers } from './figures';

/**
 * Each rep's follow-ups per UTC hour of their due time, kept like the day figures (statement-level
 * triggers on follow_up_tasks): the compliance report reads the partial days of its period and
 * today hour by hour from here, and only the partial hours at its edges and the current hour
 * (where "overdue" depends on the minute) from follow_up_tasks. A shop with 32k follow-ups due
 * on a day otherwise counted all of them on every report.
 */
const applyMoves = (moves: string) =>
  applyFigureMoves('follow_up_hour_figures', 'hour', "date_trunc('hour', m.due_at at time zone 'UTC') at time zone 'UTC'", moves);

export class Migration20261201220000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_hour_figures" ("shop_id" int not null, "hour" timestamptz not null, "assignee_id" int not null, ${FIGURES.map((c) => `"${c}" int not null default 0`).join(', ')}, constraint "follow_up_hour_figures_pkey" primary key ("shop_id", "hour", "assignee_id"));`);
    this.addSql(`${applyMoves(`select ${FIGURE_COLUMNS}, 1 as sign from "follow_up_tasks"`)};`);
    for (const statement of figureTriggers('follow_up_hour_figures', applyMoves).create) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of figureTriggers('follow_up_hour_figures', applyMoves).drop) this.addSql(statement);
    this.addSql(`drop table if exists "follow_up_hour_figures";`);
  }

}
