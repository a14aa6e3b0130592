import { Migration } from '@mikro-orm/migrations';

/**
 * Customer privacy, part 1 (issue #19): the real name and shipping address fields, the contact
 * access log, and the shop's daily cap on unmasking.
 */
export class Migration20261202200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "contact_field" as enum ('PHONE', 'WECHAT_ID', 'REAL_NAME', 'SHIPPING_ADDRESS');`);
    this.addSql(`create type "unmask_purpose" as enum ('CONTACT', 'SHIPPING', 'AFTER_SALES', 'AUDIT', 'MESSAGE_DELIVERY');`);
    this.addSql(`create table "contact_access_log" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "user_id" int null, "api_token_id" int null, "customer_id" int not null, "field" "contact_field" not null, "purpose" "unmask_purpose" not null, "granted" boolean not null, "refusal" text null, "request_id" text null);`);
    this.addSql(`create index "contact_access_log_customer_id_created_at_index" on "contact_access_log" ("customer_id", "created_at");`);
    this.addSql(`create index "contact_access_log_user_id_created_at_index" on "contact_access_log" ("user_id", "created_at");`);
    this.addSql(`create index "contact_access_log_shop_id_created_at_id_index" on "contact_access_log" ("shop_id", "created_at", "id");`);
    this.addSql(`alter table "contact_access_log" add constraint "contact_access_log_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_access_log" add constraint "contact_access_log_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_access_log" add constraint "contact_access_log_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shops" add column "unmask_daily_cap" smallint not null default 30;`);
    this.addSql(`alter table "customers" add column "real_name" text null, add column "shipping_province" text null, add column "shipping_city" text null, add column "shipping_detail" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "contact_access_log";');
    this.addSql('alter table "shops" drop column "unmask_daily_cap";');
    this.addSql('alter table "customers" drop column "real_name", drop column "shipping_province", drop column "shipping_city", drop column "shipping_detail";');
    this.addSql('drop type if exists "unmask_purpose";');
    this.addSql('drop type if exists "contact_field";');
  }

}
