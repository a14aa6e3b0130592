import { Migration } from '@mikro-orm/migrations';

/** Care rules (issue #18, part 3), and the index the logistics-delay scan reads. */
export class Migration20261202180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "care_kind" as enum ('PAYMENT_REMINDER', 'LOGISTICS_DELAY', 'SIGNED_FOR', 'BAD_REVIEW', 'OUT_OF_STOCK');`);
    this.addSql(`create table "care_rules" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "kind" "care_kind" not null, "template_id" int not null, "coupon_template_id" int null, "enabled" boolean not null default true, "delay_hours" smallint not null default 0, "threshold_days" smallint not null default 5, "updated_by_id" int null);`);
    this.addSql(`alter table "care_rules" add constraint "care_rules_shop_id_kind_unique" unique ("shop_id", "kind");`);
    this.addSql(`alter table "care_rules" add constraint "care_rules_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "care_rules" add constraint "care_rules_template_id_foreign" foreign key ("template_id") references "message_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "care_rules" add constraint "care_rules_coupon_template_id_foreign" foreign key ("coupon_template_id") references "coupon_templates" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "orders_in_transit_idx" on "orders" ("shop_id", "paid_at") where "status" in ('PAID', 'SHIPPED');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "orders_in_transit_idx";');
    this.addSql('drop table if exists "care_rules";');
    this.addSql('drop type if exists "care_kind";');
  }

}
