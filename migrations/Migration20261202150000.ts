import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk imports count the rows found exactly as they were, refuse an order id met in an earlier
 * batch of the file, and read chat-record exports; a chat review can be an audit finding.
 */
export class Migration20261202150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "bulk_imports" add column "unchanged" int not null default 0;`);
    this.addSql(`alter type "bulk_import_format" add value if not exists 'CHAT_RECORD_CSV';`);
    this.addSql(`alter type "finding_code" add value if not exists 'CHAT_REVIEW' before 'OK';`);
    this.addSql(`create table "bulk_import_order_ids" ("bulk_import_id" int not null, "platform_order_id" text not null, "line" int not null, constraint "bulk_import_order_ids_pkey" primary key ("bulk_import_id", "platform_order_id"));`);
    this.addSql(`alter table "bulk_import_order_ids" add constraint "bulk_import_order_ids_bulk_import_id_foreign" foreign key ("bulk_import_id") references "bulk_imports" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "bulk_import_order_ids";');
    this.addSql('alter table "bulk_imports" drop column "unchanged";');
  }

}
