import { Migration } from '@mikro-orm/migrations';

/**
 * Published events are kept in `domain_events`, written in the transaction that publishes them:
 * an instance whose LISTEN connection was lost reads what it missed from here when it is back.
 */
export class Migration20261202020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "domain_events" ("id" bigserial primary key, "topic" text not null, "shop_id" int not null, "payload" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "domain_events_created_idx" on "domain_events" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "domain_events";`);
  }

}
