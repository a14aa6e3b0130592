import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every change to what a request's caller is made of (the user, the team they lead,
 * their shop) on the instances' event channel, on commit. Instances cache callers by session
 * (src/auth/viewer-cache.ts) and forget a shop's callers when they hear this, whichever process
 * made the change: a mutation, a job, or SQL by hand.
 */
export class Migration20261123010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "viewers_changed"() returns trigger language plpgsql as $$
declare
  changed jsonb := to_jsonb(case when TG_OP = 'DELETE' then old else new end);
  shop int := coalesce((changed->>'shop_id')::int, (changed->>'id')::int);
begin
  -- PostgreSQL sends one of equal notifications per transaction, so a bulk change sends one per shop.
  perform pg_notify('retention_events', json_build_object('topic', 'VIEWERS_CHANGED', 'shopId', shop, 'id', shop)::text);
  return null;
end $$;`);
    for (const table of ['users', 'sales_teams', 'shops']) {
      this.addSql(`create trigger "${table}_viewers_changed" after insert or update or delete on "${table}" for each row execute function "viewers_changed"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['users', 'sales_teams', 'shops']) this.addSql(`drop trigger if exists "${table}_viewers_changed" on "${table}";`);
    this.addSql(`drop function if exists "viewers_changed"();`);
  }

}
