import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Reads } from '../db/read-columns';
import { minutesOf, timeOfDay } from '../common/time-of-day';
import { Role } from '../auth/role';
import type { AuthedContext, Context } from '../context';
import { runMutation } from '../mutations/run-mutation';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql } from '../db/sql';
import { rebuildShopKpis } from '../kpis/kpi-rebuild';
import { redecideDeferred } from '../messages/dispatch';
import { Shop } from './shop.entity';
import { ShopUpdateInput } from './shop.inputs';

@ObjectType({ description: 'Result of shopUpdate.' })
class ShopUpdatePayload {
  @Field(() => Shop, { nullable: true, description: 'The shop as saved.' })
  shop?: Shop;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function updateShop(ctx: AuthedContext, input: ShopUpdateInput): Promise<{ shop: Shop }> {
  const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
  let rezoned = false;
  if (input.timezone) {
    if (!isTimeZone(input.timezone)) {
      throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, `"${input.timezone}" is not an IANA time zone such as Asia/Shanghai.`, ['input', 'timezone']));
    }
    rezoned = shop.timezone !== input.timezone;
    shop.timezone = input.timezone;
  }
  if (input.name) shop.name = input.name.trim();
  if (input.currency) shop.currency = input.currency;
  const quiet = [shop.quietHoursStart, shop.quietHoursEnd, shop.openQuietHoursOnPromotionDays].join();
  if (input.quietHoursFrom) shop.quietHoursStart = minutesOf(input.quietHoursFrom);
  if (input.quietHoursUntil) shop.quietHoursEnd = minutesOf(input.quietHoursUntil);
  for (const cap of ['marketingCapPerDay', 'marketingCapPerWeek', 'transactionalCapPerDay', 'transactionalCapPerWeek', 'openQuietHoursOnPromotionDays', 'unmaskDailyCap', 'erasureHoldDays'] as const) {
    if (input[cap] !== undefined && input[cap] !== null) (shop[cap] as unknown) = input[cap];
  }
  if (input.retentionMonths !== undefined) shop.retentionMonths = input.retentionMonths;
  if (input.sheetGraceHours !== undefined && input.sheetGraceHours !== null) shop.sheetGraceHours = input.sheetGraceHours;
  if (input.unpaidReminderHours !== undefined && input.unpaidReminderHours !== null) shop.unpaidReminderHours = input.unpaidReminderHours;
  const relink = input.conversionDays !== undefined && input.conversionDays !== null && input.conversionDays !== shop.conversionDays;
  if (relink) shop.conversionDays = input.conversionDays!;
  await ctx.em.flush();
  // Every inquiry of the shop is linked again under the new window (one statement; the kept CS figures follow by trigger).
  if (relink) await queryRows(ctx.em, sql`update conversations set started_at = started_at where shop_id = ${shop.id}`);
  // Every local day, week and month of the kept KPI figures moves with the time zone.
  if (rezoned) await rebuildShopKpis(ctx.em, shop.id);
  // Messages the old quiet hours deferred are decided again now, under the new ones.
  if (rezoned || quiet !== [shop.quietHoursStart, shop.quietHoursEnd, shop.openQuietHoursOnPromotionDays].join()) await redecideDeferred(ctx.em, shop.id, ctx.clock.now());
  return { shop };
}

@Resolver(() => Shop)
export class ShopResolver {
  @FieldResolver(() => String, { description: 'Start of the quiet hours in shop time, HH:MM: messages due from then are deferred.' })
  @Reads<Shop>('quietHoursStart')
  quietHoursFrom(@Root() shop: Shop) {
    return timeOfDay(shop.quietHoursStart);
  }

  @FieldResolver(() => String, { description: 'End of the quiet hours in shop time, HH:MM: deferred messages go then.' })
  @Reads<Shop>('quietHoursEnd')
  quietHoursUntil(@Root() shop: Shop) {
    return timeOfDay(shop.quietHoursEnd);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShopUpdatePayload, { description: 'Changes your shop\'s settings: name, time zone, currency, reminders, message caps and quiet hours.' })
  shopUpdate(@Arg('input', () => ShopUpdateInput, { description: 'What to save.' }) input: ShopUpdateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => updateShop(tx, input));
  }
}
