import { Migration } from '@mikro-orm/migrations';

/**
 * Handles are unique by their key (src/customers/handle.ts): invisible characters removed,
 * NFKC, trimmed, so `lucky​cat` (a zero-width space inside) and a full-width copy are the
 * customer `luckycat`. The handle as typed stays for display. Existing rows get the same key
 * from PostgreSQL's own NFKC; a shop whose existing handles collide under it must merge those
 * customers before this migration can apply (it fails whole, changing nothing).
 */
export class Migration20261202010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "customers" add column "handle_key" text;`);
    this.addSql(`update "customers" set "handle_key" = btrim(normalize(regexp_replace("platform_handle", '[\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]', '', 'g'), NFKC), E' \\t\\n\\r');`);
    this.addSql(`alter table "customers" alter column "handle_key" set not null;`);
    this.addSql(`alter table "customers" drop constraint "customers_shop_platform_handle_unique";`);
    this.addSql(`alter table "customers" add constraint "customers_shop_platform_handle_unique" unique ("shop_id", "platform", "handle_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customers" drop constraint "customers_shop_platform_handle_unique";`);
    this.addSql(`alter table "customers" add constraint "customers_shop_platform_handle_unique" unique ("shop_id", "platform", "platform_handle");`);
    this.addSql(`alter table "customers" drop column "handle_key";`);
  }

}
