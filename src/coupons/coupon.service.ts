import { createHash, randomBytes } from 'node:crypto';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { queryRows, sql, Sql } from '../db/sql';
import { idOf, requireIdOf, toGlobalId } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { ofReadableCustomer, ofReadableCustomerFilter, readableCustomerFilter } from '../customers/customer.access';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { CouponStatus, DiscountType } from './coupon.enums';
import { Coupon } from './coupon.entity';
import { CouponFilter, CouponIssueInput, CouponRedeemInput, CouponTemplateInput } from './coupon.inputs';
import { CouponTemplate } from './coupon-template.entity';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';

const refuse = (code: UserErrorCode, message: string, field: string[] = ['input']) => new DomainError(new UserError(code, message, field));
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I

/** 16 characters from 32: 80 random bits, grouped for reading aloud over chat. */
export function newCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}

export class CouponService {
  private async template(ctx: AuthedContext, globalId: string, field: string[]): Promise<CouponTemplate> {
    const id = idOf(globalId, 'CouponTemplate');
    const template = id === null ? null : await ctx.em.findOne(CouponTemplate, { id, shop: ctx.viewer.shopId });
    if (!template) throw notFound('Coupon template', field);
    return template;
  }

  private async applyTemplate(ctx: AuthedContext, template: CouponTemplate, input: CouponTemplateInput): Promise<void> {
    if (input.name) template.name = input.name.trim();
    if (input.purpose) template.purpose = input.purpose;
    if (input.discountType) template.discountType = input.discountType;
    if (input.discountValue !== undefined && input.discountValue !== null) template.discountValue = input.discountValue;
    if (input.minSpend !== undefined && input.minSpend !== null) template.minSpend = input.minSpend;
    if (input.validDays !== undefined) template.validDays = input.validDays;
    if (input.validUntil !== undefined) template.validUntil = input.validUntil;
    if (input.minTierRank !== undefined) template.minTierRank = input.minTierRank;
    if (input.totalQuantity !== undefined) template.totalQuantity = input.totalQuantity;
    if (input.perCustomerLimit !== undefined && input.perCustomerLimit !== null) template.perCustomerLimit = input.perCustomerLimit;
    if (input.active !== undefined && input.active !== null) template.active = input.active;
    if (input.tierDiscounts) {
      const tiers = await ctx.em.find(MembershipTier, { shop: ctx.viewer.shopId });
      template.tierDiscounts = input.tierDiscounts.map((d, i) => {
        const tierId = idOf(d.tierId, 'MembershipTier');
        if (tierId === null || !tiers.some((t) => t.id === tierId)) throw notFound('Membership tier', ['input', 'tierDiscounts', String(i), 'tierId']);
        return { tierId, value: d.value };
      });
    }
    const percents = [template.discountValue, ...template.tierDiscounts.map((d) => d.value)];
    if (template.discountType === DiscountType.PERCENT_OFF && percents.some((p) => p > 90)) {
      throw refuse(UserErrorCode.INVALID_INPUT, 'A percentage discount is at most 90.', ['input', 'discountValue']);
    }
  }

  async createTemplate(ctx: AuthedContext, input: CouponTemplateInput): Promise<{ couponTemplate: CouponTemplate }> {
    for (const field of ['name', 'purpose', 'discountType', 'discountValue'] as const) {
      if (input[field] === undefined || input[field] === null) throw refuse(UserErrorCode.INVALID_INPUT, `${field} is required for a new template.`, ['input', field]);
    }
    const template = ctx.em.create(CouponTemplate, { shop: ctx.viewer.shopId, name: '', purpose: input.purpose!, discountType: input.discountType!, discountValue: 0 });
    await this.applyTemplate(ctx, template, input);
    await ctx.em.flush();
    return { couponTemplate: template };
  }

  async updateTemplate(ctx: AuthedContext, globalId: string, input: CouponTemplateInput): Promise<{ couponTemplate: CouponTemplate }> {
    const template = await this.template(ctx, globalId, ['id']);
    await this.applyTemplate(ctx, template, input);
    await ctx.em.flush();
    return { couponTemplate: template };
  }

  async listTemplates(ctx: AuthedContext, args: PageArgs): Promise<Page<CouponTemplate>> {
    return selectPage(ctx.em, CouponTemplate, 'ct', sql`ct.shop_id = ${ctx.viewer.shopId}`, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  /**
   * Issues a coupon to a customer the caller may serve (owner, lead, admin). The same
   * idempotency key with the same request returns the first coupon; stock, the per-customer
   * limit and the key are each checked under a lock, so concurrent calls cannot overshoot.
   */
  async issue(ctx: AuthedContext, input: CouponIssueInput): Promise<{ coupon: Coupon }> {
    const key = input.idempotencyKey.trim();
    const fingerprint = createHash('sha256').update(JSON.stringify([input.templateId, input.customerId, input.note?.trim() ?? null])).digest('hex');
    await queryRows(ctx.em, sql`select pg_advisory_xact_lock(hashtext(${`coupon-issue:${ctx.viewer.shopId}:${key}`}))`);
    const previous = await ctx.em.findOne(Coupon, { shop: ctx.viewer.shopId, idempotencyKey: key });
    if (previous) {
      // A replay only returns the coupon to someone who may see its customer.
      const visible = await ctx.em.count(Customer, { $and: [{ id: previous.customer.id }, readableCustomerFilter(ctx.viewer)] });
      if (previous.requestFingerprint !== fingerprint || visible === 0) {
        throw refuse(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different coupon request.', ['input', 'idempotencyKey']);
      }
      return { coupon: previous };
    }
    const template = await this.template(ctx, input.templateId, ['input', 'templateId']);
    const customerId = idOf(input.customerId, 'Customer');
    const customer = customerId === null ? null : await ctx.em.findOne(Customer, { $and: [{ id: customerId }, readableCustomerFilter(ctx.viewer)] });
    if (!customer) throw notFound('Customer', ['input', 'customerId']);
    const now = ctx.clock.now();
    if (!template.active || (template.validUntil && template.validUntil.getTime() <= now.getTime())) {
      throw refuse(UserErrorCode.TEMPLATE_INACTIVE, 'This coupon template is not active (or its validity has ended).', ['input', 'templateId']);
    }
    const tier = customer.tier ? await ctx.em.findOne(MembershipTier, { id: customer.tier.id }) : null;
    if (template.minTierRank !== null && (tier?.rank ?? 0) < template.minTierRank) {
      throw refuse(UserErrorCode.TIER_TOO_LOW, `This coupon is for tier rank ${template.minTierRank} and up; the customer is ${tier ? `${tier.name} (rank ${tier.rank})` : 'in no tier'}.`, ['input', 'customerId']);
    }
    // One customer at a time: the limit check and the insert must not interleave.
    await queryRows(ctx.em, sql`select id from customers where id = ${customer.id} for update`);
    const held = await ctx.em.count(Coupon, { template: template.id, customer: customer.id, status: { $ne: CouponStatus.REVOKED } });
    if (held >= template.perCustomerLimit) {
      throw refuse(UserErrorCode.CUSTOMER_LIMIT_REACHED, `The customer holds ${held} of this coupon already (limit ${template.perCustomerLimit}).`, ['input', 'customerId']);
    }
    // The stock is taken with one guarded UPDATE: of concurrent issuers only as many as are left succeed.
    const taken = await queryRows<{ issued_count: number }>(
      ctx.em,
      sql`update coupon_templates set issued_count = issued_count + 1 where id = ${template.id} and (total_quantity is null or issued_count < total_quantity) returning issued_count`,
    );
    if (taken.length === 0) throw refuse(UserErrorCode.OUT_OF_STOCK, 'No coupons of this template are left.', ['input', 'templateId']);
    const coupon = ctx.em.create(Coupon, {
      shop: ctx.viewer.shopId,
      template,
      customer,
      code: newCode(),
      discountType: template.discountType,
      discountValue: template.discountValueFor(tier?.id ?? null),
      minSpend: template.minSpend,
      expiresAt: template.couponEndsAt(now),
      note: input.note?.trim() || null,
      issuedBy: ctx.viewer.userId,
      idempotencyKey: key,
      requestFingerprint: fingerprint,
    });
    await ctx.em.flush();
    await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.COUPON_ISSUED, [couponEvent(coupon.id, customer.id, template.id, coupon.discountType, coupon.discountValue, coupon.expiresAt)], now);
    return { coupon };
  }

  /** Redeems once: the coupon row is locked, so of concurrent redemptions exactly one succeeds. */
  async redeem(ctx: AuthedContext, input: CouponRedeemInput): Promise<{ coupon: Coupon; discountApplied: number }> {
    const [row] = await queryRows<{ id: number }>(ctx.em, sql`select id from coupons where code = ${input.code.trim().toUpperCase()} and shop_id = ${ctx.viewer.shopId} for update`);
    const coupon = row ? await ctx.em.findOne(Coupon, { $and: [{ id: row.id }, ofReadableCustomerFilter<Coupon>(ctx.viewer)] }) : null;
    if (!coupon) throw notFound('Coupon', ['input', 'code']);
    const orderId = idOf(input.orderId, 'Order');
    const order = orderId === null ? null : await ctx.em.findOne(Order, { id: orderId, shop: ctx.viewer.shopId });
    if (!order) throw notFound('Order', ['input', 'orderId']);
    const discountApplied = coupon.redeem(order, ctx.clock.now());
    await ctx.em.flush();
    await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.COUPON_REDEEMED, [{ couponId: coupon.globalId, customerId: toGlobalId('Customer', coupon.customer.id), orderId: toGlobalId('Order', order.id), discountApplied }], ctx.clock.now());
    return { coupon, discountApplied };
  }

  async revoke(ctx: AuthedContext, globalId: string, reason: string | null | undefined): Promise<{ coupon: Coupon }> {
    const id = idOf(globalId, 'Coupon');
    const coupon = id === null ? null : await ctx.em.findOne(Coupon, { $and: [{ id, shop: ctx.viewer.shopId }, ofReadableCustomerFilter<Coupon>(ctx.viewer)] });
    if (!coupon) throw notFound('Coupon');
    await queryRows(ctx.em, sql`select id from coupons where id = ${coupon.id} for update`);
    await ctx.em.refresh(coupon);
    coupon.revoke(reason ?? null, ctx.clock.now());
    await ctx.em.flush();
    return { coupon };
  }

  /** Coupons of customers the viewer may see, newest first. */
  async list(ctx: AuthedContext, filter: CouponFilter | undefined, args: PageArgs): Promise<Page<Coupon>> {
    const now = ctx.clock.now();
    const conditions: Sql[] = [sql`k.shop_id = ${ctx.viewer.shopId}`, ofReadableCustomer(ctx.viewer, 'k')];
    if (filter?.customerId) conditions.push(sql`k.customer_id = ${requireIdOf(filter.customerId, 'Customer', 'filter.customerId')}`);
    if (filter?.templateId) conditions.push(sql`k.template_id = ${requireIdOf(filter.templateId, 'CouponTemplate', 'filter.templateId')}`);
    if (filter?.status === CouponStatus.EXPIRED) conditions.push(sql`k.status = ${CouponStatus.ISSUED} and k.expires_at <= ${now}`);
    else if (filter?.status === CouponStatus.ISSUED) conditions.push(sql`k.status = ${CouponStatus.ISSUED} and (k.expires_at is null or k.expires_at > ${now})`);
    else if (filter?.status) conditions.push(sql`k.status = ${filter.status}`);
    return selectPage(ctx.em, Coupon, 'k', sql.join(conditions, ' and '), { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const couponService = new CouponService();

/** The coupon.issued event (no code: the code is the buyer's, sent with their message). */
export function couponEvent(id: number, customerId: number, templateId: number, discountType: string, discountValue: number, expiresAt: Date | null) {
  return { couponId: toGlobalId('Coupon', id), customerId: toGlobalId('Customer', customerId), templateId: toGlobalId('CouponTemplate', templateId), discountType, discountValue, expiresAt: expiresAt && new Date(expiresAt).toISOString() };
}
