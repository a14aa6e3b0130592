import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions of their own, so one can end (logout, a password change, an admin's order) while its
 * signed token has hours left; and every instance hears when a session ends or an API token is
 * revoked (VIEWERS_CHANGED, as for users, teams and shops), so cached callers are forgotten and
 * open WebSockets of that caller close at once. Tokens issued before this migration name no
 * session: their holders sign in again.
 */
export class Migration20261202030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user_sessions" ("id" text not null, "shop_id" int not null, "user_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "user_sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "user_sessions_user_open_idx" on "user_sessions" ("user_id", "ended_at");`);
    this.addSql(`alter table "user_sessions" add constraint "user_sessions_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_sessions" add constraint "user_sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`create trigger "user_sessions_viewers_changed" after update of "ended_at" on "user_sessions" for each row when (old.ended_at is distinct from new.ended_at) execute function "viewers_changed"();`);
    this.addSql(`create trigger "api_tokens_viewers_changed" after update of "revoked_at" on "api_tokens" for each row when (old.revoked_at is distinct from new.revoked_at) execute function "viewers_changed"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "api_tokens_viewers_changed" on "api_tokens";`);
    this.addSql(`drop table if exists "user_sessions" cascade;`);
  }

}
