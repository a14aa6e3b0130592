import { Migration } from '@mikro-orm/migrations';
import {
  applyFollowUpMoves,
  applyOrderMoves,
  applySalesMoves,
  FOLLOW_UP_COLUMNS,
  ORDER_COLUMNS,
  PERIOD_START_FUNCTION,
  SALES_COLUMNS,
  statementTriggers,
} from './kpi-figures';

/**
 * KPIs (issue #17, parts 3 and 4): the kept figures per local period (buyers per period, the
 * shop's sales and order counts, follow-ups per local day and kind), their triggers and their
 * backfill from what is already there; the promotion calendar and the anomaly incidents.
 */
const orders = statementTriggers('kpi_orders', 'orders', ORDER_COLUMNS, applyOrderMoves);
const sales = statementTriggers('kpi_sales', 'customer_period_sales', SALES_COLUMNS, applySalesMoves);
const followUps = statementTriggers('kpi_follow_ups', 'follow_up_tasks', FOLLOW_UP_COLUMNS, applyFollowUpMoves);

export class Migration20261202110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(PERIOD_START_FUNCTION);
    this.addSql(`create table "customer_period_sales" ("customer_id" int not null, "grain" text not null, "period_start" date not null, "shop_id" int not null, "paid_orders" int not null default 0, "paid_amount" bigint not null default 0, "old_customer" boolean not null default false, constraint "customer_period_sales_pkey" primary key ("customer_id", "grain", "period_start"));`);
    this.addSql(`create table "follow_up_kind_day_figures" ("shop_id" int not null, "day" date not null, "assignee_id" int not null, "kind" "follow_up_kind" not null, "due" int not null default 0, "done_on_time" int not null default 0, "done" int not null default 0, "ordered" int not null default 0, constraint "follow_up_kind_day_figures_pkey" primary key ("shop_id", "day", "assignee_id", "kind"));`);
    this.addSql(`create table "shop_period_figures" ("shop_id" int not null, "grain" text not null, "period_start" date not null, "paid_orders" int not null default 0, "paid_amount" bigint not null default 0, "old_amount" bigint not null default 0, "buyers" int not null default 0, "repeat_buyers" int not null default 0, "old_buyers" int not null default 0, "returning_buyers" int not null default 0, "placed_orders" int not null default 0, "unpaid_orders" int not null default 0, "reminded_orders" int not null default 0, "reminded_paid" int not null default 0, constraint "shop_period_figures_pkey" primary key ("shop_id", "grain", "period_start"));`);
    this.addSql(`create table "promotions" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "starts_on" date not null, "ends_on" date not null);`);
    this.addSql(`create index "promotions_shop_id_starts_on_index" on "promotions" ("shop_id", "starts_on");`);
    this.addSql(`alter table "promotions" add constraint "promotions_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "kpi_incidents" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "kpi" text not null, "first_day" date not null, "last_day" date not null, "worst_day" date not null, "value" double precision not null, "expected" double precision not null, "low" double precision not null, "high" double precision not null, "robust_z" double precision not null, "method" text not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" int null, "note" text null);`);
    this.addSql(`create index "kpi_incidents_shop_id_last_day_id_index" on "kpi_incidents" ("shop_id", "last_day", "id");`);
    this.addSql(`alter table "kpi_incidents" add constraint "kpi_incidents_shop_kpi_first_day_unique" unique ("shop_id", "kpi", "first_day");`);
    this.addSql(`alter table "kpi_incidents" add constraint "kpi_incidents_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "kpi_incidents" add constraint "kpi_incidents_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "users" ("id") on update cascade on delete set null;`);

    // The sales trigger first: the backfill of orders below fills customer_period_sales, which moves the shop's figures.
    for (const statement of sales.create) this.addSql(statement);
    for (const statement of applyOrderMoves(`select ${ORDER_COLUMNS}, 1 as sign from "orders"`)) this.addSql(`${statement};`);
    for (const statement of applyFollowUpMoves(`select ${FOLLOW_UP_COLUMNS}, 1 as sign from "follow_up_tasks"`)) this.addSql(`${statement};`);
    for (const statement of [...orders.create, ...followUps.create]) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of [...followUps.drop, ...orders.drop, ...sales.drop]) this.addSql(statement);
    for (const table of ['kpi_incidents', 'promotions', 'shop_period_figures', 'follow_up_kind_day_figures', 'customer_period_sales']) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql('drop function if exists kpi_period_start(text, date);');
  }

}
