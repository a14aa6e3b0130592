import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_action" as enum ('CREATE', 'UPDATE', 'DELETE');`);
    this.addSql(`create type "audit_check_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "finding_code" as enum ('LATE_FOLLOW_UP', 'MISSING_FOLLOW_UP', 'DROPPED_CUSTOMER', 'LATE_SHEET', 'WRONG_STAGE', 'OK', 'OTHER');`);
    this.addSql(`create type "finding_severity" as enum ('INFO', 'WARNING', 'VIOLATION');`);
    this.addSql(`create table "audit_trail" ("id" bigserial primary key, "shop_id" int not null, "actor_user_id" int null, "actor_api_token_id" int null, "action" "audit_action" not null, "entity_type" text not null, "entity_id" int not null, "changes" jsonb not null, "at" timestamptz not null default now(), "request_id" text null);`);
    this.addSql(`create index "audit_trail_actor_idx" on "audit_trail" ("shop_id", "actor_user_id", "id");`);
    this.addSql(`create index "audit_trail_entity_idx" on "audit_trail" ("shop_id", "entity_type", "entity_id", "id");`);
    this.addSql(`create index "audit_trail_shop_at_idx" on "audit_trail" ("shop_id", "at");`);
    this.addSql(`create index "audit_trail_shop_id_idx" on "audit_trail" ("shop_id", "id");`);
    // Append-only, enforced by PostgreSQL itself: UPDATE, DELETE and TRUNCATE fail even from plain SQL.
    this.addSql(`create function "audit_trail_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_trail is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_trail_no_update_or_delete" before update or delete on "audit_trail" for each row execute function "audit_trail_append_only"();`);
    this.addSql(`create trigger "audit_trail_no_truncate" before truncate on "audit_trail" for each statement execute function "audit_trail_append_only"();`);

    this.addSql(`create table "audit_checks" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "title" text not null, "period_from" timestamptz not null, "period_to" timestamptz not null, "team_id" int null, "created_by_id" int not null, "status" "audit_check_status" not null default 'OPEN', "closed_at" timestamptz null, "closed_by_id" int null, "figures" jsonb not null, "finding_count" int not null default 0);`);
    this.addSql(`create index "audit_checks_shop_id_created_at_id_index" on "audit_checks" ("shop_id", "created_at", "id");`);

    this.addSql(`create table "audit_findings" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "check_id" int not null, "subject_user_id" int null, "customer_id" int null, "code" "finding_code" not null, "severity" "finding_severity" not null, "comment" text null, "corrective_task_id" int null, "response" text null, "responded_at" timestamptz null, "created_by_id" int not null);`);
    this.addSql(`create index "audit_findings_subject_user_id_created_at_id_index" on "audit_findings" ("subject_user_id", "created_at", "id");`);
    this.addSql(`create index "audit_findings_check_id_id_index" on "audit_findings" ("check_id", "id");`);

    this.addSql(`alter table "audit_checks" add constraint "audit_checks_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_checks" add constraint "audit_checks_team_id_foreign" foreign key ("team_id") references "sales_teams" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_checks" add constraint "audit_checks_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "audit_checks" add constraint "audit_checks_closed_by_id_foreign" foreign key ("closed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_findings" add constraint "audit_findings_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_findings" add constraint "audit_findings_check_id_foreign" foreign key ("check_id") references "audit_checks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_findings" add constraint "audit_findings_subject_user_id_foreign" foreign key ("subject_user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_findings" add constraint "audit_findings_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_findings" add constraint "audit_findings_corrective_task_id_foreign" foreign key ("corrective_task_id") references "follow_up_tasks" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_findings" add constraint "audit_findings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter type "follow_up_kind" add value if not exists 'CORRECTIVE' after 'REVISIT';`);

    this.addSql(`create index "follow_up_tasks_open_customer_idx" on "follow_up_tasks" ("customer_id", "due_at") where "status" = 'OPEN';`);
    this.addSql(`create index "follow_up_tasks_compliance_idx" on "follow_up_tasks" ("shop_id", "due_at") include ("assignee_id", "status", "on_time", "outcome");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_trail_no_truncate" on "audit_trail";`);
    this.addSql(`drop trigger if exists "audit_trail_no_update_or_delete" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_append_only"();`);
    this.addSql(`alter table "audit_findings" drop constraint "audit_findings_check_id_foreign";`);

    this.addSql(`drop table if exists "audit_trail" cascade;`);

    this.addSql(`drop table if exists "audit_checks" cascade;`);

    this.addSql(`drop table if exists "audit_findings" cascade;`);

    this.addSql(`drop index "follow_up_tasks_open_customer_idx";`);
    this.addSql(`drop index "follow_up_tasks_compliance_idx";`);

    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop type "audit_check_status";`);
    this.addSql(`drop type "finding_code";`);
    this.addSql(`drop type "finding_severity";`);
  }

}
