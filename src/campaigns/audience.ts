import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { AuthedContext } from '../context';
import { CustomerFilter } from '../customers/customer.inputs';
import { customerService } from '../customers/customer.service';
import { sql, Sql } from '../db/sql';

/** Who a wave is for: the customer list's filter, and what the list has no filter for. */
@InputType({ description: 'A wave\'s audience: the customer filters (lifecycle, value, tier, tag, last order…) and the campaign ones.' })
export class AudienceInput {
  @Field(() => CustomerFilter, { nullable: true, description: 'The same filter as `customers` (lifecycle, value segment, tier, tag, last order before/after, minimum orders or spent…).' })
  filter?: CustomerFilter | null;

  @Field(() => Int, { nullable: true, description: 'Last paid order within this many days (1–3650).' })
  @IsOptional()
  @Min(1, { message: 'lastPaidWithinDays must be from 1 to 3650.' })
  @Max(3650, { message: 'lastPaidWithinDays must be from 1 to 3650.' })
  lastPaidWithinDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers with an unpaid order; false: only those without.' })
  hasUnpaidOrder?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Region starting with this (a province or city, e.g. 浙江).' })
  @IsOptional()
  @MaxLength(100, { message: 'The region must be at most 100 characters.' })
  region?: string | null;

  @Field(() => [String], { nullable: true, description: 'Carrying any of these tags.' })
  anyTags?: string[] | null;
}

/** The audience as a wave stores it (the input's plain values). */
export type AudienceRules = Pick<AudienceInput, 'filter' | 'lastPaidWithinDays' | 'hasUnpaidOrder' | 'region' | 'anyTags'>;

/** What an audience comes to, before anything is sent. */
@ObjectType({ description: 'An audience\'s size before scheduling, and who the rules would stop.' })
export class AudiencePreview {
  @Field(() => Int, { description: 'Customers matching the audience.' })
  matching: number;

  @Field(() => Int, { description: 'Of them, carrying an excluded tag.' })
  excludedByTag: number;

  @Field(() => Int, { description: 'Of them, messaged within the excluded hours.' })
  recentlyMessaged: number;

  @Field(() => Int, { description: 'Of them, without recorded marketing consent (a marketing wave skips them).' })
  withoutConsent: number;

  @Field(() => Int, { description: 'Of them, opted out.' })
  optedOut: number;

  @Field(() => Int, { description: 'The snapshot\'s size: matching, minus excluded tags and recently messaged.' })
  snapshot: number;

  @Field(() => Int, { description: 'Of the snapshot, expected in the holdout (holdout share × snapshot).' })
  expectedHoldout: number;
}

/** The audience's conditions over the customers table under `c`, in the viewer's shop. */
export async function audienceConditions(ctx: AuthedContext, rules: AudienceRules, now: Date): Promise<Sql[]> {
  const conditions = [sql`c.shop_id = ${ctx.viewer.shopId}`, ...(await customerService.filterConditions(ctx, rules.filter))];
  if (rules.lastPaidWithinDays) conditions.push(sql`c.last_paid_at >= ${new Date(now.getTime() - rules.lastPaidWithinDays * 86_400_000)}`);
  if (rules.hasUnpaidOrder !== undefined && rules.hasUnpaidOrder !== null) {
    conditions.push(sql`${rules.hasUnpaidOrder ? sql`` : sql`not`} exists (select 1 from orders o where o.customer_id = c.id and o.status = 'UNPAID')`);
  }
  if (rules.region?.trim()) conditions.push(sql`c.region like ${`${rules.region.trim().replace(/[\\%_]/g, (x) => '\\' + x)}%`}`);
  if (rules.anyTags?.length) conditions.push(sql`c.tags && ${rules.anyTags.map((t) => t.trim().toLowerCase())}::text[]`);
  return conditions;
}

/** Customers with an excluded tag, or messaged within `hours` before `now`, over `c`. */
export function exclusionSql(excludeTags: readonly string[], hours: number | null, now: Date): { tagged: Sql; recent: Sql } {
  return {
    tagged: excludeTags.length ? sql`c.tags && ${[...excludeTags]}::text[]` : sql`false`,
    recent: hours ? sql`exists (select 1 from messages rm where rm.customer_id = c.id and rm.handed_over_at >= ${new Date(now.getTime() - hours * 3_600_000)})` : sql`false`,
  };
}
