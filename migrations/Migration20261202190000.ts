import { Migration } from '@mikro-orm/migrations';

/**
 * A wave's audience snapshot as narrow member rows (issue #18's benchmark: 100k customers in at
 * most 2 s); the ledger rows are made from them when the wave is due.
 */
export class Migration20261202190000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "wave_members" ("wave_id" int not null, "customer_id" int not null, "held" boolean not null, constraint "wave_members_pkey" primary key ("wave_id", "customer_id"));`);
    this.addSql(`create index "wave_members_customer_id_index" on "wave_members" ("customer_id");`);
    this.addSql(`alter table "campaign_waves" add column "materialized_through" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "campaign_waves" drop column "materialized_through";');
    this.addSql('drop table if exists "wave_members";');
  }

}
