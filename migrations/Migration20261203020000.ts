import { Migration } from '@mikro-orm/migrations';

/**
 * Personal data encrypted at rest (issue #19, part 2): each customer's data key, wrapped by the
 * shop key of a version; contact details kept sealed, masked and (phone, WeChat id) as keyed
 * hashes, never in clear; the shop's key version, erasure hold and retention settings; the
 * erasure mark. Clear values already there move to `pending_contact_seals`, which the server
 * seals at its next start (privacy/pending-seals.ts) and drops: SQL holds no key to seal them.
 */
export class Migration20261203020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "customer_data_keys" ("id" serial primary key, "shop_id" int not null, "wrapped" bytea not null, "shop_key_version" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "customer_data_keys_shop_id_shop_key_version_index" on "customer_data_keys" ("shop_id", "shop_key_version");`);
    this.addSql(`alter table "customer_data_keys" add constraint "customer_data_keys_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shops" add column "data_key_version" int not null default 1, add column "erasure_hold_days" smallint not null default 90, add column "retention_months" smallint null;`);

    this.addSql(`do $$ begin
      if exists (select 1 from customers where coalesce(phone, wechat_id, real_name, shipping_detail) is not null)
         or exists (select 1 from registration_entries where coalesce(contact_phone, contact_wechat) is not null) then
        create table pending_contact_seals as
          select 'Customer'::text as entity, id, phone, wechat_id, real_name, shipping_detail from customers where coalesce(phone, wechat_id, real_name, shipping_detail) is not null
          union all
          select 'RegistrationEntry', id, contact_phone, contact_wechat, null, null from registration_entries where coalesce(contact_phone, contact_wechat) is not null;
      end if;
    end $$;`);

    this.addSql(`drop index if exists "customers_search_trgm_idx";`);
    this.addSql(`alter table "customers" drop column "phone", drop column "wechat_id", drop column "real_name", drop column "shipping_detail";`);
    this.addSql(`alter table "customers" add column "data_key_id" int null, add column "phone_sealed" bytea null, add column "phone_masked" text null, add column "phone_hash" bytea null, add column "wechat_id_sealed" bytea null, add column "wechat_id_masked" text null, add column "wechat_id_hash" bytea null, add column "real_name_sealed" bytea null, add column "real_name_masked" text null, add column "shipping_detail_sealed" bytea null, add column "erased_at" timestamptz null, add column "erasure_reason" text null, add column "erased_by_id" int null;`);
    this.addSql(`alter table "customers" add constraint "customers_erased_by_id_foreign" foreign key ("erased_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_data_key_id_foreign" foreign key ("data_key_id") references "customer_data_keys" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "customers_shop_wechat_id_hash_idx" on "customers" ("shop_id", "wechat_id_hash");`);
    this.addSql(`create index "customers_shop_phone_hash_idx" on "customers" ("shop_id", "phone_hash");`);
    this.addSql(`create index "customers_shop_erased_idx" on "customers" ("shop_id", "erased_at", "id");`);
    this.addSql(`create index "customers_search_trgm_idx" on "customers" using gin ((coalesce("platform_handle", '') || ' ' || coalesce("display_name", '')) gin_trgm_ops);`);

    // The access log is append-only by the database, as the audit trail is.
    this.addSql(`create function "append_only"() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "contact_access_log_no_update_or_delete" before update or delete on "contact_access_log" for each row execute function "append_only"();`);
    this.addSql(`create trigger "contact_access_log_no_truncate" before truncate on "contact_access_log" for each statement execute function "append_only"();`);

    this.addSql(`alter table "registration_entries" drop column "contact_phone", drop column "contact_wechat";`);
    this.addSql(`alter table "registration_entries" add column "contact_phone_sealed" bytea null, add column "contact_phone_masked" text null, add column "contact_wechat_sealed" bytea null, add column "contact_wechat_masked" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "contact_access_log_no_update_or_delete" on "contact_access_log";`);
    this.addSql(`drop trigger if exists "contact_access_log_no_truncate" on "contact_access_log";`);
    this.addSql(`drop function if exists "append_only"();`);
    // Sealed values cannot come back in clear without the keys: down keeps none of them.
    this.addSql(`alter table "registration_entries" drop column "contact_phone_sealed", drop column "contact_phone_masked", drop column "contact_wechat_sealed", drop column "contact_wechat_masked";`);
    this.addSql(`alter table "registration_entries" add column "contact_phone" text null, add column "contact_wechat" text null;`);
    this.addSql(`drop index if exists "customers_search_trgm_idx";`);
    this.addSql(`alter table "customers" drop constraint "customers_data_key_id_foreign", drop constraint "customers_erased_by_id_foreign";`);
    this.addSql(`alter table "customers" drop column "data_key_id", drop column "phone_sealed", drop column "phone_masked", drop column "phone_hash", drop column "wechat_id_sealed", drop column "wechat_id_masked", drop column "wechat_id_hash", drop column "real_name_sealed", drop column "real_name_masked", drop column "shipping_detail_sealed", drop column "erased_at", drop column "erasure_reason", drop column "erased_by_id";`);
    this.addSql(`alter table "customers" add column "phone" text null, add column "wechat_id" text null, add column "real_name" text null, add column "shipping_detail" text null;`);
    this.addSql(`create index "customers_search_trgm_idx" on "customers" using gin ((coalesce("platform_handle", '') || ' ' || coalesce("display_name", '') || ' ' || coalesce("phone", '') || ' ' || coalesce("wechat_id", '')) gin_trgm_ops);`);
    this.addSql(`alter table "shops" drop column "data_key_version", drop column "erasure_hold_days", drop column "retention_months";`);
    this.addSql(`drop table if exists "customer_data_keys" cascade;`);
    this.addSql(`drop table if exists "pending_contact_seals";`);
  }

}
