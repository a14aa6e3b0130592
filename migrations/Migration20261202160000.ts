import { Migration } from '@mikro-orm/migrations';

/** Message templates (issue #18, part 1). */
export class Migration20261202160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "message_channel" as enum ('SMS', 'WECHAT', 'PLATFORM_CHAT');`);
    this.addSql(`create table "message_templates" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "name" text not null, "channel" "message_channel" not null, "body" text not null, "signed" boolean not null default true, "archived_at" timestamptz null);`);
    this.addSql(`create index "message_templates_shop_id_created_at_id_index" on "message_templates" ("shop_id", "created_at", "id");`);
    this.addSql(`alter table "message_templates" add constraint "message_templates_shop_name_unique" unique ("shop_id", "name");`);
    this.addSql(`alter table "message_templates" add constraint "message_templates_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "message_templates";');
    this.addSql('drop type if exists "message_channel";');
  }

}
