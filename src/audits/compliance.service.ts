import type { AuthedContext } from '../context';
import { requireIdOf } from '../common/relay';
import { badUserInput } from '../common/user-error';
import { localWeek } from '../common/zoned-time';
import { CustomerStage } from '../customers/customer-stage';
import { queryValue, Sql, sql } from '../db/sql';
import { splitHours, splitPeriod } from './report-period';
import { teamMembers } from '../users/team-reach';
import type { ComplianceFigures, CustomerServiceFigures, DroppedCustomerFigures, SalesFigures } from './compliance.types';

const MAX_RANGE_DAYS = 370;
const DROPPED_LIST_LIMIT = 100;

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/**
 * The live compliance report, aggregated in PostgreSQL: whole days from the trigger-kept day
 * figures, partial days over the follow-ups' due-time index, sheets by period, dropped customers
 * from a partial index; its cost follows the period and the number of staff, not the size of
 * the shop or its history.
 */
export class ComplianceService {
  async report(ctx: AuthedContext, from: Date, to: Date, teamGlobalId: string | null | undefined): Promise<ComplianceFigures> {
    if (!(from < to)) throw badUserInput('from must be before to.', 'from');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badUserInput(`The period may span at most ${MAX_RANGE_DAYS} days.`, 'to');
    const teamId = teamGlobalId ? requireIdOf(teamGlobalId, 'SalesTeam', 'teamId') : null;
    const shopId = ctx.viewer.shopId;
    const now = ctx.clock.now();
    const shop = (await ctx.loaders.shopById.load(shopId))!; // read with the caller

    const split = splitPeriod(from, to, now);
    const { hourRanges, liveRanges, currentHour } = splitHours(split.liveRanges, now);
    // The follow-ups of the live ranges (disjoint), one index range each: as one condition with
    // `or`, PostgreSQL combined bitmaps and read every row from the table; a range each is read
    // from the compliance index alone (at 1M customers, 64k follow-ups: 12 against 30–270 ms).
    const liveRows = liveRanges.length
      ? sql.join(
          liveRanges.map(
            ([start, end]) =>
              sql`select t.assignee_id, t.status, t.on_time, t.due_at, t.outcome from follow_up_tasks t
                   where t.shop_id = ${shopId} and t.status <> 'CANCELLED' and t.due_at >= ${start} and t.due_at < ${end}`,
          ),
          ' union all ',
        )
      : sql`select t.assignee_id, t.status, t.on_time, t.due_at, t.outcome from follow_up_tasks t where false`;
    const hourFigures = hourRanges.map(
      ([start, end]) =>
        sql`select h.assignee_id, h.due, h.done_on_time as on_time, h.done_late as late,
                   case when h.hour < ${currentHour} then h.open else 0 end as overdue,
                   case when h.hour > ${currentHour} then h.open else 0 end as not_due,
                   h.ordered, h.done
              from follow_up_hour_figures h where h.shop_id = ${shopId} and h.hour >= ${start} and h.hour < ${end}`,
    );
    const inTeam = (column: Sql) => (teamId === null ? sql`true` : sql`${column} in ${teamMembers(teamId)}`);

    // Weekly sheets are due for every period that ended inside the range, by now.
    const periodStarts: Date[] = [];
    for (let week = localWeek(from, shop.timezone); week.end <= to && week.end <= now; week = localWeek(week.end, shop.timezone)) {
      periodStarts.push(week.start);
    }

    // The five reads go to PostgreSQL together (one statement outside a transaction).
    const [salesRows, csUserIds, entries, sheets, dropped] = await Promise.all([
      // Whole days from the kept day figures, the rest (edges of the period, today) from the
      // follow-ups themselves; each part counts exactly what the other leaves out.
      queryValue<number[][]>(
        ctx.em,
        sql`select coalesce(json_agg(json_build_array(u.id, coalesce(f.due, 0), coalesce(f.on_time, 0), coalesce(f.late, 0),
                                       coalesce(f.overdue, 0), coalesce(f.not_due, 0), coalesce(f.ordered, 0), coalesce(f.done, 0)) order by u.id), '[]')
              from users u
              left join (
                select assignee_id, sum(due) as due, sum(on_time) as on_time, sum(late) as late, sum(overdue) as overdue,
                       sum(not_due) as not_due, sum(ordered) as ordered, sum(done) as done
                  from (
                    select d.assignee_id, d.due, d.done_on_time as on_time, d.done_late as late,
                           case when d.day < ${split.today}::date then d.open else 0 end as overdue,
                           case when d.day > ${split.today}::date then d.open else 0 end as not_due,
                           d.ordered, d.done
                      from follow_up_day_figures d
                     where d.shop_id = ${shopId} and d.day >= ${split.firstDay}::date and d.day < ${split.endDay}::date and d.day <> ${split.today}::date
                    ${hourFigures.length ? sql`union all ${sql.join(hourFigures, ' union all ')}` : sql``}
                    union all
                    select t.assignee_id,
                           count(*) as due,
                           count(*) filter (where t.status = 'DONE' and t.on_time) as on_time,
                           count(*) filter (where t.status = 'DONE' and not t.on_time) as late,
                           count(*) filter (where t.status = 'OPEN' and t.due_at < ${now}) as overdue,
                           count(*) filter (where t.status = 'OPEN' and t.due_at >= ${now}) as not_due,
                           count(*) filter (where t.outcome = 'ORDERED') as ordered,
                           count(*) filter (where t.status = 'DONE') as done
                      from (${liveRows}) t
                     group by t.assignee_id
                  ) parts
                 group by assignee_id
              ) f on f.assignee_id = u.id
             where u.shop_id = ${shopId} and u.role = 'SALES' and (u.active or f.due is not null) and ${inTeam(sql`u.id`)}`,
      ),
      queryValue<number[]>(ctx.em, sql`select coalesce(json_agg(id order by id), '[]') from users where shop_id = ${shopId} and role = 'CUSTOMER_SERVICE' and active`),
      queryValue<[number, number][]>(
        ctx.em,
        sql`select coalesce(json_agg(json_build_array(author_id, n)), '[]') from (
              select s.author_id, count(*) as n from registration_entries e join registration_sheets s on s.id = e.sheet_id
               where e.shop_id = ${shopId} and e.created_at >= ${from} and e.created_at < ${to} group by s.author_id) a`,
      ),
      queryValue<{ author_id: number; status: string; late: boolean }[]>(
        ctx.em,
        sql`select coalesce(json_agg(json_build_object('author_id', author_id, 'status', status, 'late', late)), '[]')
              from registration_sheets where shop_id = ${shopId} and period_start = any(${periodStarts}::timestamptz[])`,
      ),
      // Exactly the predicate of the partial index customers_dropped_idx (open counts kept by
      // triggers); the list and the total in one pass (a window count).
      queryValue<{ id: number; owner_id: number; stage: CustomerStage; total: number }[]>(
        ctx.em,
        sql`select coalesce(json_agg(json_build_object('id', id, 'owner_id', owner_id, 'stage', stage, 'total', total) order by id), '[]') from (
              select c.id, c.owner_id, c.stage, count(*) over () as total from customers c
               where c.shop_id = ${shopId} and c.owner_id is not null and c.stage <> ${CustomerStage.LOST} and c.open_follow_up_count = 0
                 and ${inTeam(sql`c.owner_id`)}
               order by c.id limit ${DROPPED_LIST_LIMIT}) d`,
      ),
    ]);

    const sales: SalesFigures[] = salesRows.map(([userId, due, onTime, late, overdue, notDue, ordered, done]) => ({
      userId,
      followUpsDue: due,
      doneOnTime: onTime,
      doneLate: late,
      openOverdue: overdue,
      openNotYetDue: notDue,
      ordered,
      onTimeRate: ratio(onTime, due),
      conversionRate: ratio(ordered, done),
    }));
    const customerService: CustomerServiceFigures[] = csUserIds.map((id) => {
      const own = sheets.filter((s) => s.author_id === id && s.status !== 'DRAFT');
      const late = own.filter((s) => s.late).length;
      return {
        userId: id,
        entriesRegistered: entries.find(([author]) => author === id)?.[1] ?? 0,
        sheetsDue: periodStarts.length,
        sheetsOnTime: own.length - late,
        sheetsLate: late,
        sheetsMissing: periodStarts.length - own.length,
      };
    });
    const droppedCustomers: DroppedCustomerFigures[] = dropped.map((d) => ({ customerId: d.id, ownerId: d.owner_id, stage: d.stage }));

    return {
      from: from.toISOString(),
      to: to.toISOString(),
      teamId,
      generatedAt: now.toISOString(),
      customerService,
      sales,
      droppedCustomers,
      droppedCustomerCount: dropped[0]?.total ?? 0,
    };
  }
}

export const complianceService = new ComplianceService();
