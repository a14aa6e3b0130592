import { Migration } from '@mikro-orm/migrations';
import { applyOwnerOrderMoves, applyOwnerSalesMoves, OWNER_ORDER_COLUMNS, OWNER_SALES_COLUMNS, statementTriggers } from './kpi-figures';

/**
 * Sales KPIs per rep and team (issue #17): each order records whose sales it counts in (the
 * buyer's owner when it was written, and their team), and triggers keep each rep's buyer
 * periods and the rep's and team's figures as they keep the shop's. Orders already there are
 * counted for their buyer's owner of today, the best knowledge there is.
 */
const ownerOrders = statementTriggers('kpi_owner_orders', 'orders', OWNER_ORDER_COLUMNS, applyOwnerOrderMoves);
const ownerSales = statementTriggers('kpi_owner_sales', 'owner_period_sales', OWNER_SALES_COLUMNS, applyOwnerSalesMoves);

const BUYER_FIGURES = `"paid_orders" int not null default 0, "paid_amount" bigint not null default 0, "old_amount" bigint not null default 0, "buyers" int not null default 0, "repeat_buyers" int not null default 0, "old_buyers" int not null default 0, "returning_buyers" int not null default 0`;

export class Migration20261203010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "orders" add column "owner_id" int null, add column "team_id" int null;`);
    this.addSql(`alter table "orders" add constraint "orders_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "orders" add constraint "orders_team_id_foreign" foreign key ("team_id") references "sales_teams" ("id") on update cascade on delete set null;`);
    this.addSql(`create table "owner_period_sales" ("customer_id" int not null, "owner_id" int not null, "grain" text not null, "period_start" date not null, "shop_id" int not null, "team_id" int null, "paid_orders" int not null default 0, "paid_amount" bigint not null default 0, "old_customer" boolean not null default false, constraint "owner_period_sales_pkey" primary key ("customer_id", "owner_id", "grain", "period_start"));`);
    this.addSql(`create table "rep_period_figures" ("shop_id" int not null, "owner_id" int not null, "grain" text not null, "period_start" date not null, ${BUYER_FIGURES}, constraint "rep_period_figures_pkey" primary key ("shop_id", "owner_id", "grain", "period_start"));`);
    this.addSql(`create table "team_period_figures" ("shop_id" int not null, "team_id" int not null, "grain" text not null, "period_start" date not null, ${BUYER_FIGURES}, constraint "team_period_figures_pkey" primary key ("shop_id", "team_id", "grain", "period_start"));`);

    this.addSql(`update "orders" o set "owner_id" = c."owner_id", "team_id" = u."team_id" from "customers" c left join "users" u on u."id" = c."owner_id" where c."id" = o."customer_id" and c."owner_id" is not null;`);
    // The rep-and-team trigger first: the backfill below fills owner_period_sales, which moves them.
    for (const statement of ownerSales.create) this.addSql(statement);
    for (const statement of applyOwnerOrderMoves(`select ${OWNER_ORDER_COLUMNS}, 1 as sign from "orders"`)) this.addSql(`${statement};`);
    for (const statement of ownerOrders.create) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of [...ownerOrders.drop, ...ownerSales.drop]) this.addSql(statement);
    for (const table of ['team_period_figures', 'rep_period_figures', 'owner_period_sales']) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql(`alter table "orders" drop constraint if exists "orders_owner_id_foreign", drop constraint if exists "orders_team_id_foreign";`);
    this.addSql(`alter table "orders" drop column if exists "owner_id", drop column if exists "team_id";`);
  }

}
