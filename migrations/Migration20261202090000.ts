import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk imports (issue #17): uploads staged in PostgreSQL in chunks (any instance's worker reads
 * them, a restart loses nothing), the imports with their committed progress, and their row errors.
 * graphile-worker's own schema is installed by its migrations (db/database.ts), not here.
 */
export class Migration20261202090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "bulk_import_format" as enum ('TAOBAO_ORDER_CSV', 'JSONL');`);
    this.addSql(`create type "file_encoding" as enum ('AUTO', 'UTF8', 'GB18030');`);
    this.addSql(`create type "bulk_import_status" as enum ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');`);
    this.addSql(`create table "uploads" ("id" uuid not null, "shop_id" int not null, "uploaded_by_id" int null, "file_name" text not null, "bytes" bigint not null, "sha256" text not null, "created_at" timestamptz not null default now(), constraint "uploads_pkey" primary key ("id"));`);
    this.addSql(`create table "upload_chunks" ("upload_id" uuid not null, "seq" int not null, "data" bytea not null, constraint "upload_chunks_pkey" primary key ("upload_id", "seq"));`);
    this.addSql(`create table "bulk_imports" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "created_by_id" int not null, "upload_id" uuid not null, "format" "bulk_import_format" not null, "encoding" "file_encoding" not null, "platform" "platform" not null, "status" "bulk_import_status" not null default 'QUEUED', "rows_read" int not null default 0, "bytes_read" bigint not null default 0, "total_bytes" bigint not null, "created" int not null default 0, "updated" int not null default 0, "failed" int not null default 0, "started_at" timestamptz null, "finished_at" timestamptz null, "cancel_requested_at" timestamptz null, "failure" text null);`);
    this.addSql(`create index "bulk_imports_shop_id_created_at_id_index" on "bulk_imports" ("shop_id", "created_at", "id");`);
    this.addSql(`create table "bulk_import_errors" ("id" serial primary key, "bulk_import_id" int not null, "line" int not null, "column" text null, "code" text not null, "message" text not null);`);
    this.addSql(`create index "bulk_import_errors_bulk_import_id_line_id_index" on "bulk_import_errors" ("bulk_import_id", "line", "id");`);
    this.addSql(`create table "import_mappings" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "format" "bulk_import_format" not null, "columns" jsonb not null);`);
    this.addSql(`alter table "import_mappings" add constraint "import_mappings_shop_id_format_unique" unique ("shop_id", "format");`);
    this.addSql(`alter table "import_mappings" add constraint "import_mappings_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "uploads" add constraint "uploads_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "uploads" add constraint "uploads_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "upload_chunks" add constraint "upload_chunks_upload_id_foreign" foreign key ("upload_id") references "uploads" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bulk_imports" add constraint "bulk_imports_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bulk_imports" add constraint "bulk_imports_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "bulk_imports" add constraint "bulk_imports_upload_id_foreign" foreign key ("upload_id") references "uploads" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "bulk_import_errors" add constraint "bulk_import_errors_bulk_import_id_foreign" foreign key ("bulk_import_id") references "bulk_imports" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_mappings";`);
    this.addSql(`drop table if exists "bulk_import_errors";`);
    this.addSql(`drop table if exists "bulk_imports";`);
    this.addSql(`drop table if exists "upload_chunks";`);
    this.addSql(`drop table if exists "uploads";`);
    this.addSql(`drop type "bulk_import_status";`);
    this.addSql(`drop type "file_encoding";`);
    this.addSql(`drop type "bulk_import_format";`);
  }

}
