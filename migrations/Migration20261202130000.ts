import { Migration } from '@mikro-orm/migrations';
import { ORDER_COLUMNS, statementTriggers } from './kpi-figures';
import { applyConversationMoves, CONVERSATION_COLUMNS, CONVERSION_FUNCTION, CONVERSION_TRIGGER, relinkConversations } from './cs-figures';

/**
 * Customer-service conversations (issue #17, part 2): the conversations, the shop's conversion
 * window, the kept CS figures and their triggers.
 */
const conversations = statementTriggers('cs_conversations', 'conversations', CONVERSATION_COLUMNS, applyConversationMoves);
const orders = statementTriggers('cs_orders', 'orders', ORDER_COLUMNS, relinkConversations);

export class Migration20261202130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "review_verdict" as enum ('AGENT_OK', 'SLOW_REPLY', 'WRONG_ANSWER', 'NO_CLOSING', 'IMPOLITE');`);
    this.addSql(`alter table "shops" add column "conversion_days" smallint not null default 3;`);
    this.addSql(`create table "cs_day_figures" ("shop_id" int not null, "day" date not null, "agent_id" int not null, "inquiries" int not null default 0, "answered" int not null default 0, "conversions" int not null default 0, "converted_amount" bigint not null default 0, "responses" int not null default 0, "response_seconds" bigint not null default 0, "counted_rounds" int not null default 0, "fast_rounds" int not null default 0, constraint "cs_day_figures_pkey" primary key ("shop_id", "day", "agent_id"));`);
    this.addSql(`create table "cs_day_first_responses" ("shop_id" int not null, "day" date not null, "agent_id" int not null, "bucket" smallint not null, "n" int not null default 0, constraint "cs_day_first_responses_pkey" primary key ("shop_id", "day", "agent_id", "bucket"));`);
    this.addSql(`create table "conversations" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_id" int not null, "external_id" text not null, "platform" "platform" not null, "customer_id" int not null, "agent_id" int not null, "started_at" timestamptz not null, "first_response_at" timestamptz null, "ended_at" timestamptz null, "buyer_messages" int not null, "agent_messages" int not null, "first_response_seconds" int null, "responses" int not null, "response_seconds_total" int not null, "counted_rounds" int not null, "fast_rounds" int not null, "converted_order_id" int null, "converted_amount" int null, "review_verdict" "review_verdict" null, "review_note" text null, "reviewed_by_id" int null, "reviewed_at" timestamptz null);`);
    this.addSql(`create index "conversations_customer_id_started_at_index" on "conversations" ("customer_id", "started_at");`);
    this.addSql(`create index "conversations_agent_id_started_at_id_index" on "conversations" ("agent_id", "started_at", "id");`);
    this.addSql(`create index "conversations_shop_id_started_at_id_index" on "conversations" ("shop_id", "started_at", "id");`);
    this.addSql(`alter table "conversations" add constraint "conversations_shop_external_unique" unique ("shop_id", "external_id");`);
    this.addSql(`alter table "conversations" add constraint "conversations_shop_id_foreign" foreign key ("shop_id") references "shops" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conversations" add constraint "conversations_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conversations" add constraint "conversations_agent_id_foreign" foreign key ("agent_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "conversations" add constraint "conversations_converted_order_id_foreign" foreign key ("converted_order_id") references "orders" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "conversations" add constraint "conversations_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(CONVERSION_FUNCTION);
    this.addSql(CONVERSION_TRIGGER);
    for (const statement of [...conversations.create, ...orders.create]) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of [...orders.drop, ...conversations.drop]) this.addSql(statement);
    this.addSql('drop trigger if exists conversation_conversion on conversations;');
    this.addSql('drop function if exists conversation_conversion();');
    for (const table of ['conversations', 'cs_day_first_responses', 'cs_day_figures']) this.addSql(`drop table if exists "${table}" cascade;`);
    this.addSql('alter table "shops" drop column "conversion_days";');
    this.addSql('drop type if exists "review_verdict";');
  }

}
