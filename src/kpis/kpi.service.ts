import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import type { Viewer } from '../auth/viewer';
import { Role } from '../auth/role';
import { requireIdOf } from '../common/relay';
import { badUserInput, forbidden } from '../common/user-error';
import { localDate } from '../common/zoned-time';
import { queryRows, queryValue, Sql, sql } from '../db/sql';
import { salesReach, teamMembers } from '../users/team-reach';
import { ANOMALY_DEFAULTS, DayValue, Judgement, judgeSeries } from './anomaly';
import { definitionOf, KPI_DEFINITIONS, KpiDefinition, KpiSource, NO_FIGURES, PeriodFigures, SCOPES_OF } from './kpi-definitions';
import { KpiComparison, KpiFlagStatus, KpiGranularity, KpiKey, KpiScope } from './kpi.enums';
import { addDays, addPeriods, comparisonStart, daysBetween, isLocalDay, periodsBetween } from './kpi-periods';
import { promotionService } from './promotion.service';
import type { KpiDefinitionType, KpiFlag, KpiPoint, KpiReport } from './kpi.types';

/** At most this many periods per request (two years of days): the cost is linear in it. */
export const MAX_KPI_PERIODS = 731;
/** Days of history read before a daily range so its first days can be judged (8 weeks + a week). */
export const HISTORY_DAYS = 63;

export interface KpiArgs {
  from: string;
  to: string;
  granularity: KpiGranularity;
  compareTo: KpiComparison;
  scope?: KpiScope | null;
  teamId?: string | null;
  userId?: string | null;
  keys?: KpiKey[] | null;
}

/** The shop's local day of an instant, `YYYY-MM-DD`. */
export function localDay(instant: Date, timezone: string): string {
  const d = localDate(instant, timezone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Judges the days of [from, end) of a daily sales KPI against the days before them, from the
 * shop's first day with sales on; days from `today` on (not over yet) are not judged.
 */
export function judgeDays(definition: KpiDefinition, figuresOf: (day: string) => PeriodFigures, firstDay: string | null, from: string, end: string, today: string, promotions: Set<string>): Map<string, Judgement> {
  const judged = new Map<string, Judgement>();
  const historyStart = addDays(from, -HISTORY_DAYS);
  const start = firstDay && firstDay > historyStart ? firstDay : historyStart;
  const last = end < today ? end : today;
  const days: DayValue[] = [];
  for (const day of daysBetween(start, last)) {
    const f = figuresOf(day);
    days.push({ day, value: definition.value(f) ?? 0, promotion: promotions.has(day), trials: definition.noise?.trials?.(f) });
  }
  for (const judgement of judgeSeries(days, ANOMALY_DEFAULTS, definition.noise?.model)) if (judgement.day >= from) judged.set(judgement.day, judgement);
  return judged;
}

/** The figures of a period as the kept rows give them, made once per period (a series reads each twice). */
export function figuresBy(...sources: Map<string, Partial<PeriodFigures>>[]): (start: string) => PeriodFigures {
  const made = new Map<string, PeriodFigures>();
  return (start) => {
    const known = made.get(start);
    if (known) return known;
    const figures: PeriodFigures = Object.assign({ ...NO_FIGURES }, ...sources.map((s) => s.get(start)));
    made.set(start, figures);
    return figures;
  };
}

const toFlag = (judgement: Judgement): KpiFlag => {
  if (judgement.status === 'INSUFFICIENT_HISTORY') return { status: KpiFlagStatus.INSUFFICIENT_HISTORY, expected: null, low: null, high: null, robustZ: null, method: null };
  return { status: KpiFlagStatus[judgement.status], expected: judgement.expected, low: judgement.low, high: judgement.high, robustZ: judgement.robustZ, method: judgement.method };
};

/** Whose figures, as the caller may read them: the scope, its follow-up filter and the sources open to the caller. */
interface ResolvedScope {
  scope: KpiScope;
  assignees: Sql | null;
  /** Whose kept sales: a team's or a rep's (null: the shop's). */
  seller: Seller | null;
  sources: readonly KpiSource[];
}

/** A team's or a rep's kept sales figures. */
export interface Seller {
  table: 'team_period_figures' | 'rep_period_figures';
  column: 'team_id' | 'owner_id';
  id: number;
}

export const toDefinitionType = (d: KpiDefinition): KpiDefinitionType => ({ key: d.key, name: d.name, formula: d.formula, unit: d.unit, higherIsBetter: d.higherIsBetter, scopes: [...SCOPES_OF[d.source]], anomalyWatched: d.watched });

export class KpiService {
  /** Who sees what: admins and reviewers the shop's; a lead the team's; a rep their own. */
  private async resolveScope(ctx: AuthedContext, args: KpiArgs): Promise<ResolvedScope> {
    const viewer: Viewer = ctx.viewer;
    const seesShop = viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER;
    if (viewer.role === Role.CUSTOMER_SERVICE) {
      const self = !args.userId || requireIdOf(args.userId, 'User', 'userId') === viewer.userId;
      if ((args.scope && args.scope !== KpiScope.USER) || !self) throw forbidden('Customer service reads its own customer-service figures only.');
      return { scope: KpiScope.USER, assignees: sql`(${viewer.userId})`, seller: null, sources: ['CUSTOMER_SERVICE'] };
    }
    const scope = args.scope ?? (seesShop ? KpiScope.SHOP : viewer.ledTeamId !== null ? KpiScope.TEAM : KpiScope.USER);
    if (scope === KpiScope.SHOP) {
      if (!seesShop) throw forbidden('Only admins and reviewers read the shop\'s KPIs.');
      return { scope, assignees: null, seller: null, sources: ['SALES', 'CHECKOUT', 'FOLLOW_UP', 'CUSTOMER_SERVICE'] };
    }
    if (scope === KpiScope.TEAM) {
      const teamId = args.teamId ? requireIdOf(args.teamId, 'SalesTeam', 'teamId') : viewer.ledTeamId;
      if (teamId === null) throw badUserInput('Name the team: teamId.', 'teamId');
      if (!seesShop && teamId !== viewer.ledTeamId) throw forbidden('A lead reads their own team\'s KPIs only.');
      const inShop = await queryValue<boolean>(ctx.em, sql`select exists (select 1 from sales_teams where id = ${teamId} and shop_id = ${viewer.shopId})`);
      if (!inShop) throw badUserInput('No such team in your shop.', 'teamId');
      return { scope, assignees: teamMembers(teamId), seller: { table: 'team_period_figures', column: 'team_id', id: teamId }, sources: ['SALES', 'FOLLOW_UP', 'CUSTOMER_SERVICE'] };
    }
    const userId = args.userId ? requireIdOf(args.userId, 'User', 'userId') : viewer.userId;
    const reachable = await queryValue<boolean>(
      ctx.em,
      sql`select exists (select 1 from users u where u.id = ${userId} and u.shop_id = ${viewer.shopId} and ${seesShop ? sql`true` : salesReach(viewer, sql`u.id`)})`,
    );
    if (!reachable) throw seesShop ? badUserInput('No such user in your shop.', 'userId') : forbidden('A rep reads their own KPIs; a lead their team members\'.');
    return { scope, assignees: sql`(${userId})`, seller: { table: 'rep_period_figures', column: 'owner_id', id: userId }, sources: ['SALES', 'FOLLOW_UP', 'CUSTOMER_SERVICE'] };
  }

  async report(ctx: AuthedContext, args: KpiArgs): Promise<KpiReport> {
    if (!isLocalDay(args.from)) throw badUserInput('from must be a day, YYYY-MM-DD.', 'from');
    if (!isLocalDay(args.to)) throw badUserInput('to must be a day, YYYY-MM-DD.', 'to');
    if (args.from > args.to) throw badUserInput('from must not be after to.', 'from');
    const periods = periodsBetween(args.granularity, args.from, args.to, MAX_KPI_PERIODS);
    if (periods.length > MAX_KPI_PERIODS) throw badUserInput(`At most ${MAX_KPI_PERIODS} periods per request.`, 'to');
    const resolved = await this.resolveScope(ctx, args);
    const wanted = args.keys?.length ? [...new Set(args.keys)].map(definitionOf) : KPI_DEFINITIONS.filter((d) => resolved.sources.includes(d.source));
    const closed = wanted.find((d) => !resolved.sources.includes(d.source));
    if (closed) throw forbidden(`${closed.key} is not kept at the ${resolved.scope} scope, or not for your role.`);

    const { granularity, compareTo } = args;
    const comparisons = periods.map((p) => comparisonStart(granularity, compareTo, p, periods.length));
    const flagged = granularity === KpiGranularity.DAY && resolved.scope === KpiScope.SHOP;
    const first = [periods[0], comparisons[0], ...(flagged ? [addDays(periods[0], -HISTORY_DAYS)] : [])].sort()[0];
    const end = addPeriods(granularity, periods[periods.length - 1], 1);
    const sources = new Set(wanted.map((d) => d.source));
    const shop = (await ctx.loaders.shopById.load(ctx.viewer.shopId))!;
    const today = localDay(ctx.clock.now(), shop.timezone);

    const [sales, followUps, cs, promotionDays] = await Promise.all([
      sources.has('SALES') || sources.has('CHECKOUT') ? this.salesFigures(ctx.em, ctx.viewer.shopId, granularity, first, end, resolved.seller) : Promise.resolve(null),
      sources.has('FOLLOW_UP') ? this.followUpFigures(ctx, granularity, first, end, resolved.assignees) : Promise.resolve(new Map<string, Partial<PeriodFigures>>()),
      sources.has('CUSTOMER_SERVICE') ? this.csFigures(ctx, granularity, first, end, resolved.assignees) : Promise.resolve(new Map<string, Partial<PeriodFigures>>()),
      flagged && (sources.has('SALES') || sources.has('CHECKOUT')) ? promotionService.daysBetween(ctx, first, end) : Promise.resolve(new Set<string>()),
    ]);
    const figuresOf = figuresBy(sales?.rows ?? new Map(), followUps, cs);

    const series = wanted.map((definition) => {
      const value = (start: string) => definition.value(figuresOf(start));
      const flags = flagged && definition.watched && sales ? judgeDays(definition, figuresOf, sales.firstDay, periods[0], end, today, promotionDays) : null;
      const points: KpiPoint[] = periods.map((start, index) => {
        const current = value(start);
        const comparison = value(comparisons[index]);
        const change = current === null || comparison === null ? null : current - comparison;
        return {
          periodStart: start,
          value: current,
          comparisonPeriodStart: comparisons[index],
          comparisonValue: comparison,
          change,
          relativeChange: change === null || comparison === 0 ? null : change / Math.abs(comparison!),
          flag: flags && start < today ? toFlag(flags.get(start) ?? { day: start, value: 0, status: 'INSUFFICIENT_HISTORY' }) : null,
        };
      });
      return { definition: toDefinitionType(definition), points, values: points.map((p) => p.value), comparisonValues: points.map((p) => p.comparisonValue) };
    });
    return { scope: resolved.scope, granularity, compareTo, timezone: shop.timezone, series, periodStarts: periods, comparisonPeriodStarts: comparisons };
  }

  /**
   * The kept sales figures per period in [first, end) of the shop (with its checkout counts), a
   * team or a rep, and the shop's first day with any. One statement.
   */
  async salesFigures(em: EntityManager, shopId: number, granularity: KpiGranularity, first: string, end: string, seller: Seller | null = null): Promise<{ rows: Map<string, Partial<PeriodFigures>>; firstDay: string | null }> {
    if (seller) {
      const rows = await queryRows<PeriodFigures & { period_start: string }>(
        em,
        sql`select f.period_start::text as period_start, f.paid_orders as "paidOrders", f.paid_amount::float8 as "paidAmount", f.old_amount::float8 as "oldAmount",
                   f.buyers, f.repeat_buyers as "repeatBuyers", f.old_buyers as "oldBuyers", f.returning_buyers as "returningBuyers"
              from ${sql.raw(seller.table)} f
             where f.shop_id = ${shopId} and f.${sql.raw(seller.column)} = ${seller.id} and f.grain = ${granularity} and f.period_start >= ${first}::date and f.period_start < ${end}::date`,
      );
      return { rows: new Map(rows.map(({ period_start, ...figures }) => [period_start, figures])), firstDay: null };
    }
    const rows = await queryRows<PeriodFigures & { period_start: string; first_day: string | null }>(
      em,
      sql`select f.period_start::text as period_start, f.paid_orders as "paidOrders", f.paid_amount::float8 as "paidAmount", f.old_amount::float8 as "oldAmount",
                 f.buyers, f.repeat_buyers as "repeatBuyers", f.old_buyers as "oldBuyers", f.returning_buyers as "returningBuyers",
                 f.placed_orders as "placedOrders", f.unpaid_orders as "unpaidOrders", f.reminded_orders as "remindedOrders", f.reminded_paid as "remindedPaid",
                 (select min(d.period_start)::text from shop_period_figures d where d.shop_id = ${shopId} and d.grain = 'DAY') as first_day
            from shop_period_figures f
           where f.shop_id = ${shopId} and f.grain = ${granularity} and f.period_start >= ${first}::date and f.period_start < ${end}::date`,
    );
    const firstDay = rows[0]?.first_day ?? null;
    return { rows: new Map(rows.map(({ period_start, first_day, ...figures }) => [period_start, figures])), firstDay };
  }

  /** The kept customer-service figures per period in [first, end), of the agents given (all: null), with the first-response histogram. One statement. */
  private async csFigures(ctx: AuthedContext, granularity: KpiGranularity, first: string, end: string, agents: Sql | null): Promise<Map<string, Partial<PeriodFigures>>> {
    const where = (table: string) => sql`${sql.raw(table)}.shop_id = ${ctx.viewer.shopId} and ${sql.raw(table)}.day >= ${first}::date and ${sql.raw(table)}.day < ${end}::date ${agents ? sql`and ${sql.raw(table)}.agent_id in ${agents}` : sql``}`;
    const rows = await queryRows<Partial<PeriodFigures> & { period_start: string }>(
      ctx.em,
      sql`with h as (select kpi_period_start(${granularity}, h.day) as p, h.bucket, sum(h.n)::int as n from cs_day_first_responses h where ${where('h')} group by 1, 2),
               f as (select kpi_period_start(${granularity}, f.day) as p, f.* from cs_day_figures f where ${where('f')})
          select f.p::text as period_start,
                 sum(f.inquiries)::int as inquiries, sum(f.conversions)::int as conversions, sum(f.converted_amount)::float8 as "convertedAmount",
                 sum(f.responses)::int as responses, sum(f.response_seconds)::float8 as "responseSeconds",
                 sum(f.counted_rounds)::int as "countedRounds", sum(f.fast_rounds)::int as "fastRounds",
                 (select coalesce(json_agg(json_build_array(h.bucket, h.n)), '[]') from h where h.p = f.p) as "firstResponses"
            from f group by f.p`,
    );
    return new Map(rows.map(({ period_start, ...figures }) => [period_start, figures]));
  }

  /** The kept follow-up figures per period in [first, end), of the assignees given (all: null). One statement. */
  private async followUpFigures(ctx: AuthedContext, granularity: KpiGranularity, first: string, end: string, assignees: Sql | null): Promise<Map<string, Partial<PeriodFigures>>> {
    const sum = (column: string, kind?: string) => sql.raw(`coalesce(sum(${column})${kind ? ` filter (where kind = '${kind}')` : ''}, 0)::int`);
    const rows = await queryRows<Partial<PeriodFigures> & { period_start: string }>(
      ctx.em,
      sql`select kpi_period_start(${granularity}, day)::text as period_start,
                 ${sum('due')} as due, ${sum('done_on_time')} as "doneOnTime", ${sum('done')} as done, ${sum('ordered')} as ordered,
                 ${sum('done', 'FIRST_CONTACT')} as "firstContactDone", ${sum('ordered', 'FIRST_CONTACT')} as "firstContactOrdered",
                 ${sum('done', 'RETRY')} as "retryDone", ${sum('ordered', 'RETRY')} as "retryOrdered",
                 ${sum('done', 'REVISIT')} as "revisitDone", ${sum('ordered', 'REVISIT')} as "revisitOrdered"
            from ${sql.raw(assignees ? 'follow_up_kind_day_figures' : 'follow_up_shop_day_figures')}
           where shop_id = ${ctx.viewer.shopId} and day >= ${first}::date and day < ${end}::date ${assignees ? sql`and assignee_id in ${assignees}` : sql``}
           group by 1`,
    );
    return new Map(rows.map(({ period_start, ...figures }) => [period_start, figures]));
  }

}

export const kpiService = new KpiService();
