import type { AuthedContext } from '../context';
import { AuditAction, type AuditFieldChange } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { UserErrorCode } from '../common/user-error';
import { buyerKey, createBuyers, customerIdsByHandle } from '../customers/buyer-lookup';
import type { Platform } from '../customers/platform';
import { queryRows, sql } from '../db/sql';
import { sameStored, trailValue } from '../db/stored-values';
import { Shop } from '../shops/shop.entity';
import { roundFigures } from './conversation.service';

/** A conversation as a chat-record file gives it (its first line, for errors). */
export interface ImportedConversation {
  line: number;
  externalId: string;
  platform: Platform;
  buyer: string;
  /** The agent as the file names them: the staff member's e-mail or name. */
  agent: string;
  rounds: { askedAt: Date; answeredAt: Date | null }[];
  buyerMessages: number;
  agentMessages: number;
  endedAt: Date;
}

/** The stored figures an import compares and writes, by column. */
const COLUMNS = ['customer_id', 'agent_id', 'started_at', 'first_response_at', 'ended_at', 'buyer_messages', 'agent_messages', 'first_response_seconds', 'responses', 'response_seconds_total', 'counted_rounds', 'fast_rounds'] as const;
type Column = (typeof COLUMNS)[number];
type Values = Record<Column, number | Date | null>;


/**
 * Conversations of a chat-record export, a batch in a few statements whatever its size: agents
 * and buyers looked up at once, new buyers created, every conversation written by one upsert
 * (its conversion linked by the row trigger), and the trail in one more.
 */
export class ConversationImportService {
  async import(ctx: AuthedContext, items: ImportedConversation[]) {
    const refused: { line: number; field: 'agent' | 'sentAt'; code: UserErrorCode; message: string }[] = [];
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const keys = [...new Set(items.map((i) => i.agent))];
    const agents = await queryRows<{ id: number; email: string; name: string }>(
      ctx.em,
      sql`select id, email, name from users where shop_id = ${shop.id} and active and (email = any(${keys}::text[]) or name = any(${keys}::text[]))`,
    );
    const agentOf = new Map<string, number>();
    for (const a of agents) agentOf.set(a.email, a.id).set(a.name, a.id);
    const usable = items.filter((item) => {
      if (!agentOf.has(item.agent)) refused.push({ line: item.line, field: 'agent', code: UserErrorCode.NOT_FOUND, message: `No active staff member "${item.agent.slice(0, 60)}" (an e-mail or a name) in your shop.` });
      else if (item.rounds.length === 0) refused.push({ line: item.line, field: 'sentAt', code: UserErrorCode.INVALID_INPUT, message: 'The conversation has no message from the buyer.' });
      else return true;
      return false;
    });

    const buyers = await customerIdsByHandle(ctx.em, shop.id, usable.map((i) => ({ platform: i.platform, handle: i.buyer })));
    const newBuyers = usable.filter((item) => !buyers.has(buyerKey(item.platform, item.buyer)));
    for (const [key, id] of await createBuyers(ctx.em, shop.id, ctx.viewer.userId, newBuyers.map((item) => ({ platform: item.platform, handle: item.buyer })))) buyers.set(key, id);

    const existing = new Map(
      (await queryRows<Values & { id: number; external_id: string }>(ctx.em, sql`select id, external_id, ${sql.raw(COLUMNS.join(', '))} from conversations where shop_id = ${shop.id} and external_id = any(${usable.map((i) => i.externalId)}::text[])`)).map((r) => [
        r.external_id,
        r,
      ]),
    );
    const writes: { externalId: string; platform: Platform; values: Values; before?: Values & { id: number } }[] = [];
    let unchanged = 0;
    for (const item of usable) {
      const figures = roundFigures(item.rounds, shop.timezone);
      const values: Values = {
        customer_id: buyers.get(buyerKey(item.platform, item.buyer))!,
        agent_id: agentOf.get(item.agent)!,
        started_at: figures.startedAt,
        first_response_at: figures.firstResponseAt,
        ended_at: item.endedAt,
        buyer_messages: item.buyerMessages,
        agent_messages: item.agentMessages,
        first_response_seconds: figures.firstResponseSeconds,
        responses: figures.responses,
        response_seconds_total: figures.responseSecondsTotal,
        counted_rounds: figures.countedRounds,
        fast_rounds: figures.fastRounds,
      };
      const before = existing.get(item.externalId);
      if (before && COLUMNS.every((c) => sameStored(before[c], values[c]))) unchanged += 1;
      else writes.push({ externalId: item.externalId, platform: item.platform, values, before });
    }
    if (writes.length > 0) {
      const column = (c: Column) => writes.map((w) => w.values[c]);
      const rows = await queryRows<{ id: number; external_id: string }>(
        ctx.em,
        sql`insert into conversations as c (shop_id, external_id, platform, ${sql.raw(COLUMNS.join(', '))}, created_at, updated_at)
            select ${shop.id}, r.external_id, r.platform::platform, r.customer_id, r.agent_id, r.started_at, r.first_response_at, r.ended_at, r.buyer_messages, r.agent_messages,
                   r.first_response_seconds, r.responses, r.response_seconds_total, r.counted_rounds, r.fast_rounds, now(), now()
              from unnest(${writes.map((w) => w.externalId)}::text[], ${writes.map((w) => w.platform)}::text[], ${column('customer_id')}::int[], ${column('agent_id')}::int[],
                          ${column('started_at')}::timestamptz[], ${column('first_response_at')}::timestamptz[], ${column('ended_at')}::timestamptz[], ${column('buyer_messages')}::int[],
                          ${column('agent_messages')}::int[], ${column('first_response_seconds')}::int[], ${column('responses')}::int[], ${column('response_seconds_total')}::int[],
                          ${column('counted_rounds')}::int[], ${column('fast_rounds')}::int[])
                   as r(external_id, platform, ${sql.raw(COLUMNS.join(', '))})
            on conflict (shop_id, external_id) do update set ${sql.raw(COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '))}, updated_at = now()
            returning c.id, c.external_id`,
      );
      const ids = new Map(rows.map((r) => [r.external_id, r.id]));
      const changes = (w: (typeof writes)[number]): AuditFieldChange[] =>
        COLUMNS.filter((c) => !w.before || !sameStored(w.before[c], w.values[c])).map((c) => ({ field: c.replace(/_(\w)/g, (_, x: string) => x.toUpperCase()), before: w.before ? trailValue(w.before[c]) : null, after: trailValue(w.values[c]), redacted: false }));
      await writeAuditRows(
        ctx.em,
        writes.map((w) => ({ shopId: shop.id, action: w.before ? AuditAction.UPDATE : AuditAction.CREATE, entityType: 'Conversation', entityId: ids.get(w.externalId)!, changes: changes(w) })),
      );
    }
    const inserted = writes.filter((w) => !w.before).length;
    return { created: inserted, updated: writes.length - inserted, unchanged, refused };
  }
}

export const conversationImportService = new ConversationImportService();
