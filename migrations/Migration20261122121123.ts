import { Migration } from '@mikro-orm/migrations';

export class Migration20261122121123 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "coupon_purpose" as enum ('WIN_BACK', 'BAD_REVIEW_APOLOGY', 'OUT_OF_STOCK_COMPENSATION', 'GOOD_REVIEW_REWARD', 'PROMOTION', 'PAYMENT_REMINDER');`);
    this.addSql(`create type "discount_type" as enum ('AMOUNT_OFF', 'PERCENT_OFF');`);
    this.addSql(`create type "order_status" as enum ('UNPAID', 'PAID', 'SHIPPED', 'RECEIVED', 'REFUNDED', 'CANCELLED');`);
    this.addSql(`create type "order_review" as enum ('GOOD', 'NEUTRAL', 'BAD');`);
    this.addSql(`create type "coupon_status" as enum ('ISSUED', 'REDEEMED', 'EXPIRED', 'REVOKED');`);
    this.addSql(`create table "membership_tiers" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "rank" smallint not null, "min_paid_orders" int not null, "min_spent" int not null, "window_days" smallint not null default 365, "discount_percent" smallint not null);`);
    this.addSql(`alter table "membership_tiers" add constraint "membership_tiers_shop_id_name_unique" unique ("shop_id", "name");`);
    this.addSql(`alter table "membership_tiers" add constraint "membership_tiers_shop_id_rank_unique" unique ("shop_id", "rank");`);

    this.addSql(`create table "coupon_templates" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "purpose" "coupon_purpose" not null, "discount_type" "discount_type" not null, "discount_value" int not null, "tier_discounts" jsonb not null default '[]', "min_spend" int not null default 0, "valid_days" smallint null, "valid_until" timestamptz null, "min_tier_rank" smallint null, "total_quantity" int null, "issued_count" int not null default 0, "per_customer_limit" smallint not null default 1, "active" boolean not null default true);`);
    this.addSql(`create index "coupon_templates_shop_id_created_at_id_index" on "coupon_templates" ("shop_id", "created_at", "id");`);

    this.addSql(`create table "tier_changes" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "from_tier_id" int null, "to_tier_id" int null, "reason" text not null);`);
    this.addSql(`create index "tier_changes_customer_id_created_at_id_index" on "tier_changes" ("customer_id", "created_at", "id");`);

    this.addSql(`create table "orders" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "platform_order_id" text not null, "amount" int not null, "currency" char(3) not null, "status" "order_status" not null, "placed_at" timestamptz not null, "paid_at" timestamptz null, "review" "order_review" null, "out_of_stock" boolean not null default false, "payment_reminder_at" timestamptz null);`);
    this.addSql(`create index "orders_unpaid_idx" on "orders" ("placed_at") where "status" = 'UNPAID' and "payment_reminder_at" is null;`);
    this.addSql(`create index "orders_customer_id_placed_at_id_index" on "orders" ("customer_id", "placed_at", "id");`);
    this.addSql(`alter table "orders" add constraint "orders_shop_platform_order_unique" unique ("shop_id", "platform_order_id");`);

    this.addSql(`create table "coupons" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "template_id" int not null, "customer_id" int not null, "code" text not null, "discount_type" "discount_type" not null, "discount_value" int not null, "min_spend" int not null, "status" "coupon_status" not null default 'ISSUED', "expires_at" timestamptz null, "note" text null, "issued_by_id" int not null, "idempotency_key" text not null, "request_fingerprint" text not null, "redeemed_at" timestamptz null, "order_id" int null, "discount_applied" int null, "revoked_at" timestamptz null, "revoke_reason" text null);`);
    this.addSql(`create index "coupons_shop_id_status_created_at_id_index" on "coupons" ("shop_id", "status", "created_at", "id");`);
    this.addSql(`create index "coupons_template_id_customer_id_index" on "coupons" ("template_id", "customer_id");`);
    this.addSql(`create index "coupons_customer_id_created_at_id_index" on "coupons" ("customer_id", "created_at", "id");`);
    this.addSql(`alter table "coupons" add constraint "coupons_shop_idempotency_unique" unique ("shop_id", "idempotency_key");`);
    this.addSql(`alter table "coupons" add constraint "coupons_code_unique" unique ("code");`);

    this.addSql(`alter table "membership_tiers" add constraint "membership_tiers_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "coupon_templates" add constraint "coupon_templates_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "tier_changes" add constraint "tier_changes_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tier_changes" add constraint "tier_changes_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tier_changes" add constraint "tier_changes_from_tier_id_foreign" foreign key ("from_tier_id") references "membership_tiers" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "tier_changes" add constraint "tier_changes_to_tier_id_foreign" foreign key ("to_tier_id") references "membership_tiers" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "orders" add constraint "orders_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "orders" add constraint "orders_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "coupons" add constraint "coupons_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "coupons" add constraint "coupons_template_id_foreign" foreign key ("template_id") references "coupon_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "coupons" add constraint "coupons_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "coupons" add constraint "coupons_issued_by_id_foreign" foreign key ("issued_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "coupons" add constraint "coupons_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "shops" add column "unpaid_reminder_hours" smallint not null default 24, add column "active_days" smallint not null default 30, add column "sleeping_days" smallint not null default 90, add column "churn_days" smallint not null default 180, add column "key_min_orders" smallint not null default 2, add column "key_min_spent" int not null default 100000, add column "bottom_max_spent" int not null default 10000;`);

    this.addSql(`alter table "customers" add column "tier_id" int null, add column "paid_order_count" int not null default 0, add column "total_spent" bigint not null default 0, add column "first_paid_at" timestamptz null, add column "last_paid_at" timestamptz null;`);
    this.addSql(`alter table "customers" add constraint "customers_tier_id_foreign" foreign key ("tier_id") references "membership_tiers" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "customers_shop_tier_idx" on "customers" ("shop_id", "tier_id");`);
    this.addSql(`create index "customers_shop_spent_idx" on "customers" ("shop_id", "total_spent");`);
    this.addSql(`create index "customers_shop_last_paid_idx" on "customers" ("shop_id", "last_paid_at", "id");`);

    this.addSql(`alter type "follow_up_kind" add value if not exists 'AFTER_SALES' after 'CORRECTIVE';`);

    this.addSql(`alter type "follow_up_kind" add value if not exists 'COMPENSATION' after 'AFTER_SALES';`);

    this.addSql(`alter type "follow_up_kind" add value if not exists 'PAYMENT_REMINDER' after 'COMPENSATION';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customers" drop constraint "customers_tier_id_foreign";`);

    this.addSql(`alter table "tier_changes" drop constraint "tier_changes_from_tier_id_foreign";`);

    this.addSql(`alter table "tier_changes" drop constraint "tier_changes_to_tier_id_foreign";`);

    this.addSql(`alter table "coupons" drop constraint "coupons_template_id_foreign";`);

    this.addSql(`alter table "coupons" drop constraint "coupons_order_id_foreign";`);

    this.addSql(`drop table if exists "membership_tiers" cascade;`);

    this.addSql(`drop table if exists "coupon_templates" cascade;`);

    this.addSql(`drop table if exists "tier_changes" cascade;`);

    this.addSql(`drop table if exists "orders" cascade;`);

    this.addSql(`drop table if exists "coupons" cascade;`);

    this.addSql(`drop index "customers_shop_tier_idx";`);
    this.addSql(`drop index "customers_shop_spent_idx";`);
    this.addSql(`drop index "customers_shop_last_paid_idx";`);
    this.addSql(`alter table "customers" drop column "tier_id", drop column "paid_order_count", drop column "total_spent", drop column "first_paid_at", drop column "last_paid_at";`);

    this.addSql(`alter table "shops" drop column "unpaid_reminder_hours", drop column "active_days", drop column "sleeping_days", drop column "churn_days", drop column "key_min_orders", drop column "key_min_spent", drop column "bottom_max_spent";`);

    this.addSql(`drop type "coupon_purpose";`);
    this.addSql(`drop type "discount_type";`);
    this.addSql(`drop type "order_status";`);
    this.addSql(`drop type "order_review";`);
    this.addSql(`drop type "coupon_status";`);
  }

}
