import { Migration } from '@mikro-orm/migrations';

/**
 * Outbound messages (issue #18): marketing consent with its evidence, the send ledger, campaigns
 * and waves, the shop's caps and quiet hours, and the webhook outbox (endpoints, events,
 * deliveries).
 */
export class Migration20261202170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "wave_status" as enum ('DRAFT', 'SCHEDULED', 'PAUSED', 'CANCELLED');`);
    this.addSql(`create type "consent_status" as enum ('NONE', 'GRANTED', 'WITHDRAWN');`);
    this.addSql(`create type "message_origin" as enum ('CAMPAIGN', 'CARE', 'ONE_OFF');`);
    this.addSql(`create type "message_purpose" as enum ('MARKETING', 'TRANSACTIONAL');`);
    this.addSql(`create type "message_status" as enum ('SCHEDULED', 'HANDED_OVER', 'DELIVERED', 'FAILED', 'SKIPPED');`);
    this.addSql(`create type "message_rule" as enum ('CLEARED', 'QUIET_HOURS', 'HOLDOUT', 'EXCLUDED_TAG', 'NO_CONSENT', 'OPTED_OUT', 'CAPPED_DAY', 'CAPPED_WEEK', 'NO_ADDRESS', 'DEDUPLICATED', 'RECENTLY_MESSAGED', 'LEFT_AUDIENCE', 'WINDOW_CLOSED', 'COUPON_UNAVAILABLE', 'CANCELLED');`);
    this.addSql(`create type "consent_source" as enum ('STAFF', 'CUSTOMER_FORM', 'REPLY_KEYWORD', 'IMPORT');`);
    this.addSql(`create type "webhook_event_type" as enum ('message.send', 'message.status', 'customer.registered', 'follow_up.assigned', 'order.imported', 'coupon.issued', 'coupon.redeemed');`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'SUCCEEDED', 'DEAD');`);
    this.addSql(`create table "campaigns" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "event_date" date not null, "holdout_share" double precision not null default 0.05, "conversion_days" smallint not null default 7);`);
    this.addSql(`create index "campaigns_shop_id_created_at_id_index" on "campaigns" ("shop_id", "created_at", "id");`);
    this.addSql(`create table "campaign_waves" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "campaign_id" int not null, "name" text not null, "offset_days" smallint not null, "send_from" smallint not null, "send_until" smallint not null, "template_id" int not null, "coupon_template_id" int null, "audience" jsonb not null, "exclude_tags" text[] not null default '{}', "exclude_messaged_within_hours" smallint null, "priority" smallint not null default 0, "reevaluate_at_send" boolean not null default false, "status" "wave_status" not null default 'DRAFT', "sends_at" timestamptz not null, "send_ends_at" timestamptz not null, "scheduled_at" timestamptz null, "scheduled_by_id" int null, "reevaluated_at" timestamptz null, "audience_size" int null, "holdout_size" int null, "version" int not null default 1);`);
    this.addSql(`create index "campaign_waves_campaign_id_offset_days_id_index" on "campaign_waves" ("campaign_id", "offset_days", "id");`);
    this.addSql(`create table "messages" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "key" text not null, "origin" "message_origin" not null, "purpose" "message_purpose" not null, "channel" "message_channel" not null, "template_id" int not null, "wave_id" int null, "order_id" int null, "coupon_template_id" int null, "coupon_id" int null, "requested_by_id" int null, "status" "message_status" not null default 'SCHEDULED', "rule" "message_rule" null, "detail" text null, "due_at" timestamptz not null, "handed_over_at" timestamptz null, "reported_at" timestamptz null, "failure" text null, "body" text null, "decisions" jsonb not null default '[]');`);
    this.addSql(`create index "messages_caps_idx" on "messages" ("customer_id", "purpose", "handed_over_at") where "handed_over_at" is not null;`);
    this.addSql(`create index "messages_due_idx" on "messages" ("shop_id", "due_at") where "status" = 'SCHEDULED';`);
    this.addSql(`create index "messages_wave_status_idx" on "messages" ("wave_id", "status");`);
    this.addSql(`create index "messages_customer_created_idx" on "messages" ("customer_id", "created_at", "id");`);
    this.addSql(`alter table "messages" add constraint "messages_shop_key_unique" unique ("shop_id", "key");`);
    this.addSql(`create table "marketing_consents" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "customer_id" int not null, "granted" boolean not null, "source" "consent_source" not null, "evidence" text not null, "recorded_by_id" int null);`);
    this.addSql(`create index "marketing_consents_customer_id_created_at_index" on "marketing_consents" ("customer_id", "created_at");`);
    this.addSql(`create table "webhook_endpoints" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "url" text not null, "description" text not null default '', "event_types" text[] not null default '{}', "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "disabled_at" timestamptz null, "disabled_reason" text null);`);
    this.addSql(`create index "webhook_endpoints_shop_id_created_at_id_index" on "webhook_endpoints" ("shop_id", "created_at", "id");`);
    this.addSql(`create table "webhook_events" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "webhook_id" text not null, "type" "webhook_event_type" not null, "payload" jsonb not null);`);
    this.addSql(`create index "webhook_events_shop_id_created_at_id_index" on "webhook_events" ("shop_id", "created_at", "id");`);
    this.addSql(`alter table "webhook_events" add constraint "webhook_events_webhook_id_unique" unique ("webhook_id");`);
    this.addSql(`create table "webhook_deliveries" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" int not null, "endpoint_id" int not null, "status" "webhook_delivery_status" not null default 'PENDING', "attempts" smallint not null default 0, "next_attempt_at" timestamptz not null, "leased_until" timestamptz null, "last_attempt_at" timestamptz null, "last_status" smallint null, "last_error" text null, "succeeded_at" timestamptz null);`);
    this.addSql(`create index "webhook_deliveries_due_idx" on "webhook_deliveries" ("endpoint_id", "next_attempt_at") where "status" = 'PENDING';`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_event_id_endpoint_id_unique" unique ("event_id", "endpoint_id");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_waves" add constraint "campaign_waves_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_waves" add constraint "campaign_waves_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_waves" add constraint "campaign_waves_template_id_foreign" foreign key ("template_id") references "message_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "campaign_waves" add constraint "campaign_waves_coupon_template_id_foreign" foreign key ("coupon_template_id") references "coupon_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "messages" add constraint "messages_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_template_id_foreign" foreign key ("template_id") references "message_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "messages" add constraint "messages_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "marketing_consents" add constraint "marketing_consents_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "marketing_consents" add constraint "marketing_consents_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "marketing_consents" add constraint "marketing_consents_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_events" add constraint "webhook_events_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_event_id_foreign" foreign key ("event_id") references "webhook_events" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shops" add column "marketing_cap_per_day" smallint not null default 1, add column "marketing_cap_per_week" smallint not null default 3, add column "transactional_cap_per_day" smallint not null default 3, add column "transactional_cap_per_week" smallint not null default 10, add column "quiet_hours_start" smallint not null default 1320, add column "quiet_hours_end" smallint not null default 480, add column "open_quiet_hours_on_promotion_days" boolean not null default false;`);
    this.addSql(`alter table "customers" add column "marketing_consent" "consent_status" not null default 'NONE';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "webhook_deliveries";');
    this.addSql('drop table if exists "webhook_events";');
    this.addSql('drop table if exists "webhook_endpoints";');
    this.addSql('drop table if exists "marketing_consents";');
    this.addSql('drop table if exists "messages";');
    this.addSql('drop table if exists "campaign_waves";');
    this.addSql('drop table if exists "campaigns";');
    this.addSql('alter table "customers" drop column "marketing_consent";');
    this.addSql('alter table "shops" drop column "marketing_cap_per_day", drop column "marketing_cap_per_week", drop column "transactional_cap_per_day", drop column "transactional_cap_per_week", drop column "quiet_hours_start", drop column "quiet_hours_end", drop column "open_quiet_hours_on_promotion_days";');
    for (const type of ['webhook_delivery_status', 'webhook_event_type', 'consent_source', 'message_rule', 'message_status', 'message_purpose', 'message_origin', 'consent_status', 'wave_status']) this.addSql(`drop type if exists "${type}";`);
  }

}
