import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112217 extends Migration {

  override async up(): Promise<void> {
    // Trigram indexes serve the customer search (ILIKE '%text%').
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "user_role" as enum ('CUSTOMER_SERVICE', 'SALES', 'REVIEWER', 'ADMIN');`);
    this.addSql(`create type "platform" as enum ('TAOBAO', 'TMALL', 'ALIBABA_1688', 'JD', 'PINDUODUO', 'DOUYIN', 'WECHAT', 'OTHER');`);
    this.addSql(`create table "shops" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "timezone" text not null default 'Asia/Shanghai', "currency" char(3) not null default 'CNY');`);

    this.addSql(`create table "users" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "email" text not null, "name" text not null, "role" "user_role" not null, "active" boolean not null default true, "team_id" int null, "password_hash" text not null);`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_team_id_index" on "users" ("team_id");`);
    this.addSql(`create index "users_shop_id_role_index" on "users" ("shop_id", "role");`);

    this.addSql(`create table "sales_teams" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "lead_id" int null);`);
    this.addSql(`alter table "sales_teams" add constraint "sales_teams_lead_id_unique" unique ("lead_id");`);
    this.addSql(`alter table "sales_teams" add constraint "sales_teams_shop_id_name_unique" unique ("shop_id", "name");`);

    this.addSql(`create table "customers" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "platform" "platform" not null, "platform_handle" text not null, "display_name" text not null, "phone" text null, "wechat_id" text null, "region" text null, "tags" text[] not null default '{}', "notes" text null, "owner_id" int null, "created_by_id" int not null, "version" int not null default 1);`);
    this.addSql(`create index "customers_search_trgm_idx" on "customers" using gin ((coalesce("platform_handle", '') || ' ' || coalesce("display_name", '') || ' ' || coalesce("phone", '') || ' ' || coalesce("wechat_id", '')) gin_trgm_ops);`);
    this.addSql(`create index "customers_tags_gin_idx" on "customers" using gin ("tags");`);
    this.addSql(`create index "customers_shop_platform_idx" on "customers" ("shop_id", "platform");`);
    this.addSql(`create index "customers_owner_created_idx" on "customers" ("owner_id", "created_at", "id");`);
    this.addSql(`create index "customers_shop_handle_idx" on "customers" ("shop_id", "platform_handle", "id");`);
    this.addSql(`create index "customers_shop_display_name_idx" on "customers" ("shop_id", "display_name", "id");`);
    this.addSql(`create index "customers_shop_updated_idx" on "customers" ("shop_id", "updated_at", "id");`);
    this.addSql(`create index "customers_shop_created_idx" on "customers" ("shop_id", "created_at", "id");`);
    this.addSql(`alter table "customers" add constraint "customers_shop_platform_handle_unique" unique ("shop_id", "platform", "platform_handle");`);

    this.addSql(`create table "api_tokens" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "user_id" int not null, "name" text not null, "secret_hash" text not null, "read_only" boolean not null default false, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "api_tokens_shop_id_user_id_created_at_index" on "api_tokens" ("shop_id", "user_id", "created_at");`);

    this.addSql(`alter table "users" add constraint "users_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "users" add constraint "users_team_id_foreign" foreign key ("team_id") references "sales_teams" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_teams" add constraint "sales_teams_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sales_teams" add constraint "sales_teams_lead_id_foreign" foreign key ("lead_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customers" add constraint "customers_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customers" add constraint "customers_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

}
