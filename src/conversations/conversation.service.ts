import type { AuthedContext } from '../context';
import { Role } from '../auth/role';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf, requireIdOf, toGlobalId } from '../common/relay';
import { FindingCode, FindingSeverity } from '../audits/audit.enums';
import type { AuditFinding } from '../audits/audit-finding.entity';
import { auditCheckService } from '../audits/audit-check.service';
import { ReviewVerdict } from './conversation.enums';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { localDate, startOfLocalDay } from '../common/zoned-time';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { buyerKey, createBuyers, customerIdsByHandle } from '../customers/buyer-lookup';
import { handleKey } from '../customers/handle';
import { Shop } from '../shops/shop.entity';
import { mayLogConversations, mayReviewConversations, visibleConversations } from './conversation.access';
import { Conversation } from './conversation.entity';
import type { ConversationFilter, ConversationLogInput, ConversationReviewInput, ConversationRoundInput } from './conversation.inputs';

const MAX_ROUNDS = 500;
/** A round answered within this many seconds counts for the 3-minute response rate. */
const FAST_SECONDS = 180;
/** The 3-minute response rate counts rounds the buyer started from this local hour to midnight. */
const COUNTED_FROM_HOUR = 8;

const invalid = (message: string, ...field: string[]) => new UserError(UserErrorCode.INVALID_INPUT, message, ['input', ...field]);
const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);

/** What the platforms measure of a conversation's rounds (shared/domain.md, "Customer-service conversations"). */
export function roundFigures(rounds: readonly ConversationRoundInput[], timezone: string) {
  const answered = rounds.filter((r) => r.answeredAt);
  const counted = rounds.filter((r) => {
    const hour = (r.askedAt.getTime() - startOfLocalDay(localDate(r.askedAt, timezone), timezone).getTime()) / 3_600_000;
    return hour >= COUNTED_FROM_HOUR;
  });
  const first = rounds[0];
  return {
    startedAt: first.askedAt,
    firstResponseAt: first.answeredAt ?? null,
    firstResponseSeconds: first.answeredAt ? seconds(first.askedAt, first.answeredAt) : null,
    responses: answered.length,
    responseSecondsTotal: answered.reduce((sum, r) => sum + seconds(r.askedAt, r.answeredAt!), 0),
    countedRounds: counted.length,
    fastRounds: counted.filter((r) => r.answeredAt && seconds(r.askedAt, r.answeredAt) <= FAST_SECONDS).length,
  };
}

export class ConversationService {
  private check(input: ConversationLogInput): void {
    const errors: UserError[] = [];
    const externalId = input.externalId.trim();
    if (externalId.length < 1 || externalId.length > 100) errors.push(invalid('The external id must be 1–100 characters.', 'externalId'));
    const handle = handleKey(input.buyerHandle);
    if (handle.length < 1 || handle.length > 100) errors.push(invalid('The handle must be 1–100 characters.', 'buyerHandle'));
    if (input.rounds.length < 1 || input.rounds.length > MAX_ROUNDS) errors.push(invalid(`Give 1–${MAX_ROUNDS} rounds.`, 'rounds'));
    input.rounds.slice(0, MAX_ROUNDS).forEach((round, i) => {
      if (round.answeredAt && round.answeredAt < round.askedAt) errors.push(invalid('The answer cannot come before the question.', 'rounds', String(i), 'answeredAt'));
      if (i > 0 && round.askedAt < input.rounds[i - 1].askedAt) errors.push(invalid('Rounds go in the order they were asked.', 'rounds', String(i), 'askedAt'));
    });
    for (const field of ['buyerMessages', 'agentMessages'] as const) {
      if (!Number.isInteger(input[field]) || input[field] < 0 || input[field] > 100_000) errors.push(invalid('A count from 0 to 100000.', field));
    }
    if (input.buyerMessages < input.rounds.length) errors.push(invalid('Each round starts with a buyer message: at least as many as rounds.', 'buyerMessages'));
    if (input.endedAt && input.rounds.length && input.endedAt < input.rounds[0].askedAt) errors.push(invalid('It cannot end before it starts.', 'endedAt'));
    if (errors.length) throw new DomainError(errors);
  }

  /** Logs a conversation (again: replaces it); the buyer becomes a customer in the pool if new. */
  async log(ctx: AuthedContext, input: ConversationLogInput): Promise<{ conversation: Conversation }> {
    if (!mayLogConversations(ctx.viewer)) throw forbidden('Admins and customer service log conversations.');
    this.check(input);
    let agentId = ctx.viewer.userId;
    if (input.agentId) {
      const wanted = requireIdOf(input.agentId, 'User', 'agentId');
      if (wanted !== agentId && ctx.viewer.role !== Role.ADMIN) throw forbidden('An agent logs their own conversations.');
      const [agent] = await queryRows<{ id: number }>(ctx.em, sql`select id from users where id = ${wanted} and shop_id = ${ctx.viewer.shopId} and active`);
      if (!agent) throw new DomainError(new UserError(UserErrorCode.NOT_FOUND, 'No such active staff member in your shop.', ['input', 'agentId']));
      agentId = agent.id;
    }
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const handle = input.buyerHandle.trim();
    // The buyer by the handle's key (the one rule of imports and registration), created in the pool if new.
    const key = buyerKey(input.platform, handle);
    const known = (await customerIdsByHandle(ctx.em, shop.id, [{ platform: input.platform, handle }])).get(key);
    const customer = known ?? (await createBuyers(ctx.em, shop.id, ctx.viewer.userId, [{ platform: input.platform, handle }])).get(key)!;
    const figures = roundFigures(input.rounds, shop.timezone);
    const externalId = input.externalId.trim();
    const existing = await ctx.em.findOne(Conversation, { shop: shop.id, externalId });
    const values = { platform: input.platform, customer, agent: agentId, buyerMessages: input.buyerMessages, agentMessages: input.agentMessages, endedAt: input.endedAt ?? null, ...figures };
    const conversation = existing ? ctx.em.assign(existing, values) : ctx.em.create(Conversation, { shop: shop.id, externalId, ...values });
    await ctx.em.flush();
    return { conversation };
  }

  async review(ctx: AuthedContext, input: ConversationReviewInput): Promise<{ conversation: Conversation; auditFinding?: AuditFinding }> {
    if (!mayReviewConversations(ctx.viewer)) throw forbidden('Reviewers and admins review conversations.');
    const note = input.note.trim();
    if (note.length < 1 || note.length > 1000) throw new DomainError(invalid('The note must be 1–1000 characters.', 'note'));
    const id = idOf(input.id, 'Conversation');
    const conversation = id === null ? null : await ctx.em.findOne(Conversation, { id, shop: ctx.viewer.shopId });
    if (!conversation) throw notFound('Conversation', ['input', 'id']);
    conversation.review(input.verdict, note, ctx.viewer.userId, ctx.clock.now());
    await ctx.em.flush();
    if (!input.auditCheckId) return { conversation };
    // As audits do: a finding about the agent (and the buyer), in the check, which the agent answers once.
    const { auditFinding } = await auditCheckService.addFinding(ctx, input.auditCheckId, {
      subjectUserId: toGlobalId('User', conversation.agent.id),
      customerId: toGlobalId('Customer', conversation.customer.id),
      code: FindingCode.CHAT_REVIEW,
      severity: input.severity ?? (input.verdict === ReviewVerdict.AGENT_OK ? FindingSeverity.INFO : FindingSeverity.WARNING),
      comment: `${input.verdict} (conversation ${conversation.externalId}): ${note}`,
    });
    return { conversation, auditFinding };
  }

  /** Conversations, newest first; `converted: false` is the review list of inquiries that did not convert. */
  list(ctx: AuthedContext, filter: ConversationFilter | null | undefined, args: PageArgs): Promise<Page<Conversation>> {
    const scope = visibleConversations(ctx.viewer, 'c');
    if (!scope) throw forbidden('Admins, reviewers and the agents themselves read conversations.');
    const parts = [scope];
    if (filter?.agentId) parts.push(sql`c.agent_id = ${requireIdOf(filter.agentId, 'User', 'agentId')}`);
    if (filter?.converted === true) parts.push(sql`c.converted_order_id is not null`);
    if (filter?.converted === false) parts.push(sql`c.converted_order_id is null`);
    if (filter?.reviewed === true) parts.push(sql`c.reviewed_at is not null`);
    if (filter?.reviewed === false) parts.push(sql`c.reviewed_at is null`);
    if (filter?.from) parts.push(sql`c.started_at >= ${filter.from}`);
    if (filter?.to) parts.push(sql`c.started_at < ${filter.to}`);
    return selectPage(ctx.em, Conversation, 'c', sql.and(parts), { property: 'startedAt', direction: SortDirection.DESC }, args);
  }
}

export const conversationService = new ConversationService();
