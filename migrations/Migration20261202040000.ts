import { Migration } from '@mikro-orm/migrations';

/**
 * Leaky buckets of the throttles (failed logins per account and per address, each caller's
 * query-cost budget), shared by every instance. UNLOGGED: no WAL write per request, and a crash
 * only forgets buckets, which then start full.
 */
export class Migration20261202040000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unlogged table "throttle_buckets" ("key" text not null, "tokens" double precision not null, "updated_at" timestamptz not null, constraint "throttle_buckets_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "throttle_buckets";`);
  }

}
