import { Migration } from '@mikro-orm/migrations';

/**
 * Each customer's number of open follow-ups, kept by statement-level triggers on follow_up_tasks
 * (one aggregated UPDATE per statement, so bulk inserts cost one pass). The compliance report's
 * "dropped customers" (owned, not lost, nothing open) become a small partial index instead of an
 * anti-join over every owned customer.
 */
export class Migration20261122150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "customers" add column "open_follow_up_count" int not null default 0;`);
    this.addSql(`update "customers" c set "open_follow_up_count" = o.n
      from (select "customer_id", count(*) as n from "follow_up_tasks" where "status" = 'OPEN' group by "customer_id") o
     where o."customer_id" = c."id";`);
    this.addSql(`create function "follow_up_open_count_after_insert"() returns trigger language plpgsql as $$
begin
  update "customers" c set "open_follow_up_count" = c."open_follow_up_count" + d.n
    from (select "customer_id", count(*) as n from new_tasks where "status" = 'OPEN' group by "customer_id") d
   where c."id" = d."customer_id";
  return null;
end $$;`);
    this.addSql(`create function "follow_up_open_count_after_update"() returns trigger language plpgsql as $$
begin
  update "customers" c set "open_follow_up_count" = c."open_follow_up_count" + d.n
    from (select "customer_id", sum(delta) as n
            from (select "customer_id", 1 as delta from new_tasks where "status" = 'OPEN'
                  union all
                  select "customer_id", -1 as delta from old_tasks where "status" = 'OPEN') moves
           group by "customer_id" having sum(delta) <> 0) d
   where c."id" = d."customer_id";
  return null;
end $$;`);
    this.addSql(`create function "follow_up_open_count_after_delete"() returns trigger language plpgsql as $$
begin
  update "customers" c set "open_follow_up_count" = c."open_follow_up_count" - d.n
    from (select "customer_id", count(*) as n from old_tasks where "status" = 'OPEN' group by "customer_id") d
   where c."id" = d."customer_id";
  return null;
end $$;`);
    this.addSql(`create trigger "follow_up_open_count_insert" after insert on "follow_up_tasks" referencing new table as new_tasks for each statement execute function "follow_up_open_count_after_insert"();`);
    this.addSql(`create trigger "follow_up_open_count_update" after update on "follow_up_tasks" referencing old table as old_tasks new table as new_tasks for each statement execute function "follow_up_open_count_after_update"();`);
    this.addSql(`create trigger "follow_up_open_count_delete" after delete on "follow_up_tasks" referencing old table as old_tasks for each statement execute function "follow_up_open_count_after_delete"();`);
    this.addSql(`create index "customers_dropped_idx" on "customers" ("shop_id", "id") where "owner_id" is not null and "stage" <> 'LOST' and "open_follow_up_count" = 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "customers_dropped_idx";`);
    this.addSql(`drop trigger if exists "follow_up_open_count_delete" on "follow_up_tasks";`);
    this.addSql(`drop trigger if exists "follow_up_open_count_update" on "follow_up_tasks";`);
    this.addSql(`drop trigger if exists "follow_up_open_count_insert" on "follow_up_tasks";`);
    this.addSql(`drop function if exists "follow_up_open_count_after_delete"();`);
    this.addSql(`drop function if exists "follow_up_open_count_after_update"();`);
    this.addSql(`drop function if exists "follow_up_open_count_after_insert"();`);
    this.addSql(`alter table "customers" drop column "open_follow_up_count";`);
  }

}
