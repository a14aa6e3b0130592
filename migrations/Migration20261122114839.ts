import { Migration } from '@mikro-orm/migrations';

export class Migration20261122114839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "sheet_status" as enum ('DRAFT', 'SUBMITTED', 'SCREENED');`);
    this.addSql(`create type "customer_stage" as enum ('REGISTERED', 'SCREENED_OUT', 'IN_FOLLOW_UP', 'CONVERTED', 'LOST', 'POOL');`);
    this.addSql(`create type "entry_kind" as enum ('INQUIRY', 'ORDERED');`);
    this.addSql(`create type "intent" as enum ('HAS_INTENT', 'NO_INTENT');`);
    this.addSql(`create type "ownership_reason" as enum ('SCREENING', 'TRANSFER', 'ROUND_ROBIN', 'RECLAIM');`);
    this.addSql(`create type "follow_up_kind" as enum ('FIRST_CONTACT', 'RETRY', 'REVISIT');`);
    this.addSql(`create type "follow_up_status" as enum ('OPEN', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "follow_up_outcome" as enum ('ORDERED', 'NO_ORDER', 'NO_RESPONSE', 'LOST');`);
    this.addSql(`create type "contact_channel" as enum ('PHONE', 'WANGWANG', 'WECHAT', 'SMS', 'EMAIL', 'OTHER');`);
    this.addSql(`create table "registration_sheets" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "author_id" int not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" "sheet_status" not null default 'DRAFT', "submitted_at" timestamptz null, "late" boolean not null default false, "entry_count" int not null default 0, "screened_count" int not null default 0);`);
    this.addSql(`create index "registration_sheets_shop_id_period_start_id_index" on "registration_sheets" ("shop_id", "period_start", "id");`);
    this.addSql(`create index "registration_sheets_shop_id_status_period_start_id_index" on "registration_sheets" ("shop_id", "status", "period_start", "id");`);
    this.addSql(`alter table "registration_sheets" add constraint "registration_sheets_author_id_period_start_unique" unique ("author_id", "period_start");`);

    this.addSql(`create table "registration_entries" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "sheet_id" int not null, "customer_id" int not null, "kind" "entry_kind" not null, "product_wanted" text null, "purchased_at" timestamptz null, "purchase_amount" int null, "prospect_notes" text[] not null default '{}', "notes" text null, "suggested_owner_id" int null, "contact_phone" text null, "contact_wechat" text null, "intent" "intent" null, "screened_at" timestamptz null, "screened_by_id" int null, "screening_note" text null, "assigned_to_id" int null);`);
    this.addSql(`create index "registration_entries_customer_id_index" on "registration_entries" ("customer_id");`);
    this.addSql(`create index "registration_entries_shop_id_screened_at_id_index" on "registration_entries" ("shop_id", "screened_at", "id");`);
    this.addSql(`create index "registration_entries_sheet_id_id_index" on "registration_entries" ("sheet_id", "id");`);

    this.addSql(`create table "ownership_changes" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "from_user_id" int null, "to_user_id" int null, "reason" "ownership_reason" not null, "by_id" int null, "note" text null);`);
    this.addSql(`create index "ownership_changes_to_user_id_reason_created_at_index" on "ownership_changes" ("to_user_id", "reason", "created_at");`);
    this.addSql(`create index "ownership_changes_customer_id_created_at_id_index" on "ownership_changes" ("customer_id", "created_at", "id");`);

    this.addSql(`create table "follow_up_tasks" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "assignee_id" int not null, "kind" "follow_up_kind" not null, "cycle" smallint not null, "retry_streak" smallint not null default 0, "due_at" timestamptz not null, "status" "follow_up_status" not null default 'OPEN', "outcome" "follow_up_outcome" null, "channel" "contact_channel" null, "note" text null, "completed_at" timestamptz null, "completed_by_id" int null, "on_time" boolean null, "previous_id" int null);`);
    this.addSql(`create index "follow_up_tasks_customer_idx" on "follow_up_tasks" ("customer_id", "created_at", "id");`);
    this.addSql(`create index "follow_up_tasks_shop_due_idx" on "follow_up_tasks" ("shop_id", "status", "due_at", "id");`);
    this.addSql(`create index "follow_up_tasks_queue_idx" on "follow_up_tasks" ("shop_id", "assignee_id", "status", "due_at", "id");`);

    this.addSql(`alter table "registration_sheets" add constraint "registration_sheets_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration_sheets" add constraint "registration_sheets_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "registration_entries" add constraint "registration_entries_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration_entries" add constraint "registration_entries_sheet_id_foreign" foreign key ("sheet_id") references "registration_sheets" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration_entries" add constraint "registration_entries_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration_entries" add constraint "registration_entries_suggested_owner_id_foreign" foreign key ("suggested_owner_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "registration_entries" add constraint "registration_entries_screened_by_id_foreign" foreign key ("screened_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "registration_entries" add constraint "registration_entries_assigned_to_id_foreign" foreign key ("assigned_to_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ownership_changes" add constraint "ownership_changes_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ownership_changes" add constraint "ownership_changes_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ownership_changes" add constraint "ownership_changes_from_user_id_foreign" foreign key ("from_user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ownership_changes" add constraint "ownership_changes_to_user_id_foreign" foreign key ("to_user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ownership_changes" add constraint "ownership_changes_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up_tasks" add constraint "follow_up_tasks_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_tasks" add constraint "follow_up_tasks_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_tasks" add constraint "follow_up_tasks_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "follow_up_tasks" add constraint "follow_up_tasks_completed_by_id_foreign" foreign key ("completed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "follow_up_tasks" add constraint "follow_up_tasks_previous_id_foreign" foreign key ("previous_id") references "follow_up_tasks" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "shops" add column "first_cycle_days" smallint not null default 7, add column "retry_cycle_days" smallint not null default 15, add column "revisit_cycle_days" smallint not null default 30, add column "max_retry_cycles" smallint not null default 4, add column "reclaim_to_pool" boolean not null default true, add column "sheet_grace_hours" smallint not null default 24;`);

    this.addSql(`alter table "customers" add column "stage" "customer_stage" not null default 'REGISTERED', add column "converted_at" timestamptz null;`);
    this.addSql(`create index "customers_shop_stage_idx" on "customers" ("shop_id", "stage");`);
    // Customers who already had an owner are being followed up.
    this.addSql(`update "customers" set "stage" = 'IN_FOLLOW_UP' where "owner_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registration_entries" drop constraint "registration_entries_sheet_id_foreign";`);

    this.addSql(`alter table "follow_up_tasks" drop constraint "follow_up_tasks_previous_id_foreign";`);

    this.addSql(`drop table if exists "registration_sheets" cascade;`);

    this.addSql(`drop table if exists "registration_entries" cascade;`);

    this.addSql(`drop table if exists "ownership_changes" cascade;`);

    this.addSql(`drop table if exists "follow_up_tasks" cascade;`);

    this.addSql(`drop index "customers_shop_stage_idx";`);
    this.addSql(`alter table "customers" drop column "stage", drop column "converted_at";`);

    this.addSql(`alter table "shops" drop column "first_cycle_days", drop column "retry_cycle_days", drop column "revisit_cycle_days", drop column "max_retry_cycles", drop column "reclaim_to_pool", drop column "sheet_grace_hours";`);

    this.addSql(`drop type "sheet_status";`);
    this.addSql(`drop type "customer_stage";`);
    this.addSql(`drop type "entry_kind";`);
    this.addSql(`drop type "intent";`);
    this.addSql(`drop type "ownership_reason";`);
    this.addSql(`drop type "follow_up_kind";`);
    this.addSql(`drop type "follow_up_status";`);
    this.addSql(`drop type "follow_up_outcome";`);
    this.addSql(`drop type "contact_channel";`);
  }

}
