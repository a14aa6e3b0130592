import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { mayEditPromotions, visibleShopKpis } from './kpi.access';
import { addDays, isLocalDay } from './kpi-periods';
import { Promotion } from './promotion.entity';
import type { PromotionInput } from './kpi.inputs';

/** A promotion may last at most this many days: a calendar of big days, not a season. */
const MAX_PROMOTION_DAYS = 31;

export class PromotionService {
  private check(input: PromotionInput): { name: string; startsOn: string; endsOn: string } {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (name.length < 1 || name.length > 60) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'The name must be 1–60 characters.', ['input', 'name']));
    if (!isLocalDay(input.startsOn)) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'A day, YYYY-MM-DD.', ['input', 'startsOn']));
    if (!isLocalDay(input.endsOn)) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'A day, YYYY-MM-DD.', ['input', 'endsOn']));
    else if (isLocalDay(input.startsOn) && input.endsOn < input.startsOn) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'It cannot end before it starts.', ['input', 'endsOn']));
    else if (isLocalDay(input.startsOn) && input.endsOn >= addDays(input.startsOn, MAX_PROMOTION_DAYS)) errors.push(new UserError(UserErrorCode.INVALID_INPUT, `A promotion lasts at most ${MAX_PROMOTION_DAYS} days.`, ['input', 'endsOn']));
    if (errors.length) throw new DomainError(errors);
    return { name, startsOn: input.startsOn, endsOn: input.endsOn };
  }

  async add(ctx: AuthedContext, input: PromotionInput): Promise<{ promotion: Promotion }> {
    if (!mayEditPromotions(ctx.viewer)) throw forbidden('Only admins keep the promotion calendar.');
    const promotion = ctx.em.create(Promotion, { shop: ctx.viewer.shopId, ...this.check(input) });
    await ctx.em.flush();
    return { promotion };
  }

  async remove(ctx: AuthedContext, globalId: string): Promise<{ removedId: string }> {
    if (!mayEditPromotions(ctx.viewer)) throw forbidden('Only admins keep the promotion calendar.');
    const id = idOf(globalId, 'Promotion');
    const promotion = id === null ? null : await ctx.em.findOne(Promotion, { id, shop: ctx.viewer.shopId });
    if (!promotion) throw notFound('Promotion');
    ctx.em.remove(promotion);
    await ctx.em.flush();
    return { removedId: globalId };
  }

  list(ctx: AuthedContext, args: PageArgs): Promise<Page<Promotion>> {
    const scope = visibleShopKpis(ctx.viewer, 'p');
    if (!scope) throw forbidden('Admins and reviewers read the promotion calendar.');
    return selectPage(ctx.em, Promotion, 'p', scope, { property: 'startsOn', direction: SortDirection.DESC }, args);
  }

  /** The shop's promotion days in [first, end), one statement. */
  async daysBetween(ctx: Pick<AuthedContext, 'em' | 'viewer'>, first: string, end: string): Promise<Set<string>> {
    const rows = await queryRows<{ day: string }>(
      ctx.em,
      sql`select distinct d::date::text as day
            from promotions p, generate_series(greatest(p.starts_on, ${first}::date), least(p.ends_on, ${end}::date - 1), interval '1 day') d
           where p.shop_id = ${ctx.viewer.shopId} and p.starts_on < ${end}::date and p.ends_on >= ${first}::date`,
    );
    return new Set(rows.map((r) => r.day));
  }
}

export const promotionService = new PromotionService();
