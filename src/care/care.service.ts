import { Role } from '../auth/role';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import { idOf } from '../common/relay';
import { DomainError, forbidden, UserError, UserErrorCode } from '../common/user-error';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { selectPlain } from '../db/rows';
import { queryRows, sql, Sql } from '../db/sql';
import { wakeDispatchSql } from '../messages/dispatch';
import { MessageTemplate } from '../messages/message-template.entity';
import { checkBody } from '../messages/template-text';
import { CareKind } from './care.enums';
import type { CareRuleInput } from './care.inputs';
import { CareRule } from './care-rule.entity';

const refuse = (code: UserErrorCode, message: string, field: string) => new DomainError(new UserError(code, message, ['input', field]));

/** The order condition of each event-triggered kind, over `orders o` (time-based kinds have their own scans). */
const EVENT_CONDITIONS: Partial<Record<CareKind, Sql>> = {
  [CareKind.SIGNED_FOR]: sql`o.status = 'RECEIVED' and o.review is null`, // reviewed already: no invitation
  [CareKind.BAD_REVIEW]: sql`o.review = 'BAD'`,
  [CareKind.OUT_OF_STOCK]: sql`o.out_of_stock`,
};

/**
 * Writes the care messages of the given orders into the ledger (one statement): for every
 * enabled rule whose condition the order meets, a TRANSACTIONAL message about the order, due
 * after the rule's delay. Keyed by rule and order, so each event is answered once however
 * often the order is imported again. Then the shop's dispatch is queued.
 */
async function writeCareMessages(em: EntityManager, shopId: number, orders: Sql, condition: Sql, now: Date): Promise<number> {
  const rows = await queryRows<{ due_at: Date }>(
    em,
    sql`insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, order_id, coupon_template_id, requested_by_id, due_at, created_at, updated_at)
        select o.shop_id, o.customer_id, 'care:' || r.kind || ':' || o.id, 'CARE', 'TRANSACTIONAL', t.channel, r.template_id, o.id, r.coupon_template_id, r.updated_by_id,
               ${now}::timestamptz + make_interval(hours => r.delay_hours), ${now}, ${now}
          from orders o
          join care_rules r on r.shop_id = o.shop_id and r.enabled
          join message_templates t on t.id = r.template_id and t.archived_at is null
         where o.shop_id = ${shopId} and ${orders} and (${condition})
         order by o.id, r.kind
        on conflict (shop_id, key) do nothing
        returning due_at`,
  );
  if (rows.length > 0) {
    const first = Math.min(...rows.map((r) => new Date(r.due_at).getTime()));
    await queryRows(em, sql`select ${wakeDispatchSql(shopId, first - now.getTime())}`);
  }
  return rows.length;
}

export class CareService {
  list(ctx: AuthedContext): Promise<CareRule[]> {
    return selectPlain(ctx.em, CareRule, 'r', sql`r.shop_id = ${ctx.viewer.shopId}`, { orderBy: sql`r.kind` });
  }

  /** Sets the shop's rule of a kind (made the first time, with its template). */
  async set(ctx: AuthedContext, input: CareRuleInput): Promise<{ careRule: CareRule }> {
    if (ctx.viewer.role !== Role.ADMIN) throw forbidden('Only admins keep the care rules.');
    let rule = await ctx.em.findOne(CareRule, { shop: ctx.viewer.shopId, kind: input.kind });
    if (!rule && !input.templateId) throw refuse(UserErrorCode.INVALID_INPUT, 'A new care rule needs its template.', 'templateId');
    let template: MessageTemplate | null = null;
    if (input.templateId) {
      const id = idOf(input.templateId, 'MessageTemplate');
      template = id === null ? null : await ctx.em.findOne(MessageTemplate, { id, shop: ctx.viewer.shopId });
      if (!template) throw refuse(UserErrorCode.NOT_FOUND, 'Message template not found.', 'templateId');
      if (template.archivedAt) throw refuse(UserErrorCode.INVALID_INPUT, 'This template is archived.', 'templateId');
    }
    rule ??= ctx.em.create(CareRule, { shop: ctx.viewer.shopId, kind: input.kind, template: template! });
    if (template) rule.template = ctx.em.getReference(MessageTemplate, template.id) as never;
    if (input.couponTemplateId !== undefined) {
      const id = input.couponTemplateId ? idOf(input.couponTemplateId, 'CouponTemplate') : null;
      const coupon = id === null ? null : await ctx.em.findOne(CouponTemplate, { id, shop: ctx.viewer.shopId });
      if (input.couponTemplateId && !coupon) throw refuse(UserErrorCode.NOT_FOUND, 'Coupon template not found.', 'couponTemplateId');
      rule.couponTemplate = coupon ? (ctx.em.getReference(CouponTemplate, coupon.id) as never) : null;
    }
    const body = (template ?? (await ctx.em.findOneOrFail(MessageTemplate, { id: rule.template.id }))).body;
    if (checkBody(body).variables.some((v) => v.startsWith('coupon.')) && !rule.couponTemplate) throw refuse(UserErrorCode.INVALID_INPUT, 'The template uses {{coupon.…}}: name the coupon template to issue with it.', 'couponTemplateId');
    if (input.enabled !== undefined && input.enabled !== null) rule.enabled = input.enabled;
    if (input.delayHours !== undefined && input.delayHours !== null) rule.delayHours = input.delayHours;
    if (input.thresholdDays !== undefined && input.thresholdDays !== null) rule.thresholdDays = input.thresholdDays;
    rule.updatedById = ctx.viewer.userId;
    await ctx.em.flush();
    return { careRule: rule };
  }

  /**
   * The care messages of orders just written (imports, updates): signed for, bad review, out of
   * stock. Only orders placed within the last 30 days: a year of history imported is not
   * answered today.
   */
  async afterOrderChanges(em: EntityManager, shopId: number, orderIds: readonly number[], now: Date): Promise<number> {
    if (orderIds.length === 0) return 0;
    const condition = sql.join(Object.entries(EVENT_CONDITIONS).map(([kind, c]) => sql`(r.kind = ${kind} and ${c!})`), ' or ');
    return writeCareMessages(em, shopId, sql`o.id = any(${[...orderIds]}::int[]) and o.placed_at >= ${new Date(now.getTime() - 30 * 86_400_000)}`, condition, now);
  }

  /** The payment reminders of orders the PAYMENT_REMINDER rule just reminded (the follow-up's job). */
  afterPaymentReminders(em: EntityManager, shopId: number, orderIds: readonly number[], now: Date): Promise<number> {
    if (orderIds.length === 0) return Promise.resolve(0);
    return writeCareMessages(em, shopId, sql`o.id = any(${[...orderIds]}::int[])`, sql`r.kind = 'PAYMENT_REMINDER' and o.status = 'UNPAID'`, now);
  }

  /**
   * Orders paid more than the rule's threshold ago and not signed for (paid within the last 30
   * days, so an old order imported late is not apologised for): the logistics-delay apology.
   * A periodic task of the queue, for every shop with the rule on.
   */
  async scanDelays(em: EntityManager, now: Date): Promise<number> {
    const shops = await queryRows<{ shop_id: number }>(em, sql`select shop_id from care_rules where kind = 'LOGISTICS_DELAY' and enabled`);
    let written = 0;
    for (const { shop_id } of shops) {
      written += await writeCareMessages(
        em,
        shop_id,
        sql`o.status in ('PAID', 'SHIPPED') and o.paid_at >= ${new Date(now.getTime() - 30 * 86_400_000)}`,
        sql`r.kind = 'LOGISTICS_DELAY' and o.paid_at < ${now}::timestamptz - make_interval(days => r.threshold_days)`,
        now,
      );
    }
    return written;
  }
}

export const careService = new CareService();
