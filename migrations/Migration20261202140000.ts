import { Migration } from '@mikro-orm/migrations';
import { applyFollowUpMoves, FOLLOW_UP_COLUMNS, statementTriggers } from './kpi-figures';

/**
 * The shop's follow-up figures per local day and kind, summed over its reps: the shop's KPI
 * series read a year from ~2,500 rows instead of summing every rep's (the KPI benchmark spent
 * most of its time there).
 */
const shopFollowUps = statementTriggers('kpi_shop_follow_ups', 'follow_up_tasks', FOLLOW_UP_COLUMNS, (moves) => applyFollowUpMoves(moves, true));

export class Migration20261202140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_shop_day_figures" ("shop_id" int not null, "day" date not null, "kind" "follow_up_kind" not null, "due" int not null default 0, "done_on_time" int not null default 0, "done" int not null default 0, "ordered" int not null default 0, constraint "follow_up_shop_day_figures_pkey" primary key ("shop_id", "day", "kind"));`);
    this.addSql(`insert into follow_up_shop_day_figures (shop_id, day, kind, due, done_on_time, done, ordered)
      select shop_id, day, kind, sum(due), sum(done_on_time), sum(done), sum(ordered) from follow_up_kind_day_figures group by 1, 2, 3;`);
    for (const statement of shopFollowUps.create) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of shopFollowUps.drop) this.addSql(statement);
    this.addSql('drop table if exists "follow_up_shop_day_figures";');
  }

}
