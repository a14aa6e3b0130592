import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { fromGlobalId, idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { readableCustomerFilter } from '../customers/customer.access';
import { selectPage } from '../db/pages';
import { selectPlain } from '../db/rows';
import { queryRows, sql } from '../db/sql';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { dispatchMessages } from './dispatch';
import { mayContactCustomers, visibleMessages } from './message.access';
import { Message } from './message.entity';
import { ConsentSource, MessageOrigin, MessageStatus } from './message.enums';
import type { ConsentRecordInput, MessageReportInput, MessageSendInput } from './message.inputs';
import { MessageTemplate } from './message-template.entity';
import { MarketingConsent } from './marketing-consent.entity';
import { isOptOutReply } from './send-rules';
import { checkBody } from './template-text';
import { skipSetSql } from './ledger-sql';

const refuse = (code: UserErrorCode, message: string, field: string) => new DomainError(new UserError(code, message, ['input', field]));

export class MessageService {
  private async servedCustomer(ctx: AuthedContext, globalId: string, field: string[]): Promise<Customer> {
    if (!mayContactCustomers(ctx.viewer)) throw forbidden('Reviewers read messages and consents; they send and record none.');
    const id = idOf(globalId, 'Customer');
    const customer = id === null ? null : await ctx.em.findOne(Customer, { $and: [{ id }, readableCustomerFilter(ctx.viewer)] });
    if (!customer) throw notFound('Customer', field);
    return customer;
  }

  /**
   * A one-off message to one customer the caller serves, decided at once under the same rules
   * as a campaign's (consent, caps, quiet hours): the payload says whether it was handed over,
   * deferred or stopped, and why. The same idempotency key returns the first message.
   */
  async send(ctx: AuthedContext, input: MessageSendInput): Promise<{ message: Message }> {
    const customer = await this.servedCustomer(ctx, input.customerId, ['input', 'customerId']);
    const key = `one-off:${input.idempotencyKey.trim()}`;
    const previous = await ctx.em.findOne(Message, { shop: ctx.viewer.shopId, key });
    if (previous) {
      const same = previous.customer.id === customer.id && previous.template.id === idOf(input.templateId, 'MessageTemplate') && previous.purpose === input.purpose
        && previous.orderId === (input.orderId ? idOf(input.orderId, 'Order') : null) && previous.couponId === (input.couponId ? idOf(input.couponId, 'Coupon') : null);
      if (!same) throw refuse(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for another message.', 'idempotencyKey');
      return { message: previous };
    }
    const templateId = idOf(input.templateId, 'MessageTemplate');
    const template = templateId === null ? null : await ctx.em.findOne(MessageTemplate, { id: templateId, shop: ctx.viewer.shopId });
    if (!template) throw refuse(UserErrorCode.NOT_FOUND, 'Message template not found.', 'templateId');
    if (template.archivedAt) throw refuse(UserErrorCode.INVALID_INPUT, 'This template is archived.', 'templateId');
    const variables = checkBody(template.body).variables;
    let orderId: number | null = null;
    if (input.orderId) {
      orderId = idOf(input.orderId, 'Order');
      const [order] = orderId === null ? [] : await queryRows(ctx.em, sql`select id from orders where id = ${orderId} and customer_id = ${customer.id}`);
      if (!order) throw refuse(UserErrorCode.NOT_FOUND, 'No such order of this customer.', 'orderId');
    } else if (variables.some((v) => v.startsWith('order.'))) throw refuse(UserErrorCode.INVALID_INPUT, 'The template uses {{order.…}}: name the order.', 'orderId');
    let couponId: number | null = null;
    if (input.couponId) {
      couponId = idOf(input.couponId, 'Coupon');
      const [coupon] = couponId === null ? [] : await queryRows(ctx.em, sql`select id from coupons where id = ${couponId} and customer_id = ${customer.id} and status = 'ISSUED'`);
      if (!coupon) throw refuse(UserErrorCode.NOT_FOUND, 'No such unused coupon of this customer.', 'couponId');
    } else if (variables.some((v) => v.startsWith('coupon.'))) throw refuse(UserErrorCode.INVALID_INPUT, 'The template uses {{coupon.…}}: name the coupon (issue one first).', 'couponId');
    const now = ctx.clock.now();
    const message = ctx.em.create(Message, {
      shop: ctx.viewer.shopId, customer, key, origin: MessageOrigin.ONE_OFF, purpose: input.purpose, channel: template.channel, template, orderId, couponId, requestedBy: ctx.viewer.userId, dueAt: now,
    });
    await ctx.em.flush();
    await dispatchMessages(ctx.em, ctx.viewer.shopId, now, [message.id]);
    await ctx.em.refresh(message);
    return { message };
  }

  /**
   * Records a change of a customer's marketing consent with its evidence. A withdrawal stops,
   * in the same transaction, every marketing message of theirs not yet handed over: the
   * customer's row is locked, so a dispatch deciding them either committed before (and the
   * message was sent before the opt-out) or sees the withdrawal.
   */
  async recordConsent(ctx: AuthedContext, customerGlobalId: string, input: ConsentRecordInput): Promise<{ customer: Customer; consent: MarketingConsent }> {
    const customer = await this.servedCustomer(ctx, customerGlobalId, ['customerId']);
    return this.applyConsent(ctx, customer, input.granted, input.source, input.evidence.trim());
  }

  private async applyConsent(ctx: AuthedContext, customer: Customer, granted: boolean, source: ConsentSource, evidence: string) {
    const now = ctx.clock.now();
    await queryRows(ctx.em, sql`select id from customers where id = ${customer.id} for update`);
    customer.recordConsent(granted);
    const consent = ctx.em.create(MarketingConsent, { shop: ctx.viewer.shopId, customer, granted, source, evidence, recordedBy: ctx.viewer.userId, createdAt: now, updatedAt: now });
    await ctx.em.flush();
    if (!granted) {
      const detail = 'Opted out before it was sent.';
      await queryRows(
        ctx.em,
        sql`update messages m set ${skipSetSql(now, 'OPTED_OUT', detail)}
             where m.customer_id = ${customer.id} and m.purpose = 'MARKETING' and m.status = 'SCHEDULED'`,
      );
    }
    return { customer, consent };
  }

  /** The sender's report on a message it was handed: delivered or failed, and the buyer's reply (an opt-out keyword withdraws consent). */
  async report(ctx: AuthedContext, input: MessageReportInput): Promise<{ message: Message }> {
    const parsed = fromGlobalId(input.messageId);
    const id = parsed ? (parsed.type === 'Message' ? parsed.id : null) : /^\d+$/.test(input.messageId) ? Number(input.messageId) : null;
    const message = id === null ? null : await ctx.em.findOne(Message, { id, shop: ctx.viewer.shopId });
    if (!message) throw refuse(UserErrorCode.NOT_FOUND, 'Message not found.', 'messageId');
    if (message.status === MessageStatus.SCHEDULED || message.status === MessageStatus.SKIPPED) throw refuse(UserErrorCode.NOT_ALLOWED, `The message was never handed over (it is ${message.status.toLowerCase()}).`, 'messageId');
    const now = ctx.clock.now();
    if (input.status) {
      message.report(input.status === 'DELIVERED' ? MessageStatus.DELIVERED : MessageStatus.FAILED, now, input.failure?.trim() || null);
    }
    if (input.reply && isOptOutReply(input.reply)) {
      const customer = await ctx.em.findOneOrFail(Customer, { id: message.customer.id });
      await this.applyConsent(ctx, customer, false, ConsentSource.REPLY_KEYWORD, `Reply to message ${message.id}: ${input.reply.trim()}`);
    }
    await ctx.em.flush();
    await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.MESSAGE_STATUS, [{ messageId: message.globalId, status: message.status, failure: message.failure, optedOut: Boolean(input.reply && isOptOutReply(input.reply)) }], now);
    return { message };
  }

  /** A customer's messages, newest first: what was meant, and what the rules decided. */
  async decisions(ctx: AuthedContext, customerGlobalId: string, args: PageArgs): Promise<Page<Message>> {
    const id = idOf(customerGlobalId, 'Customer');
    const where = sql.and([visibleMessages(ctx.viewer, 'm'), sql`m.customer_id = ${id ?? 0}`]);
    return selectPage(ctx.em, Message, 'm', where, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  consents(ctx: AuthedContext, customerId: number): Promise<MarketingConsent[]> {
    return selectPlain(ctx.em, MarketingConsent, 'k', sql`k.customer_id = ${customerId} and k.shop_id = ${ctx.viewer.shopId}`, { orderBy: sql`k.created_at desc, k.id desc`, limit: 100 });
  }
}

export const messageService = new MessageService();
