/**
 * The kept KPI figures (issue #17, part 3), maintained by statement-level triggers over the
 * transition tables of orders, customer_period_sales and follow_up_tasks, so the `kpis` query
 * sums a few hundred kept rows and never reads orders. Periods are local days, ISO weeks
 * (Monday) and months of the shop's time zone.
 */

const PAID = `('PAID', 'SHIPPED', 'RECEIVED')`;
const GRAINS = `(values ('DAY'), ('WEEK'), ('MONTH')) g(grain)`;
const localDay = (time: string) => `(${time} at time zone s.timezone)::date`;

export { statementTriggers } from './figures';

export const PERIOD_START_FUNCTION = `create function kpi_period_start(grain text, day date) returns date language sql immutable parallel safe as $$
  select case grain when 'DAY' then day when 'WEEK' then date_trunc('week', day::timestamp)::date else date_trunc('month', day::timestamp)::date end
$$;`;

export const ORDER_COLUMNS = `"shop_id", "customer_id", "status", "amount", "placed_at", "paid_at", "payment_reminder_at"`;

/** Each buyer's first paid local day, over the customers in `moves` (after the change). */
const firstPaidDays = (moves: string) => `select o.customer_id, min(${localDay('coalesce(o.paid_at, o.placed_at)')}) as first_day
      from orders o join shops s on s.id = o.shop_id
     where o.customer_id in (select customer_id from (${moves}) m) and o.status in ${PAID}
     group by o.customer_id`;

/**
 * The statements after a buyer-period table took the moves: (a) the `old` flags of the buyers'
 * periods, since a back-dated order moves the first paid day; (b) periods left with no paid
 * order go.
 */
const reflagAndPrune = (table: string, moves: string): string[] => [
  `update ${table} c set "old_customer" = coalesce(f.first_day < c.period_start, false)
    from (select distinct customer_id from (${moves}) m) b
    left join (${firstPaidDays(moves)}) f on f.customer_id = b.customer_id
   where c.customer_id = b.customer_id and c.old_customer <> coalesce(f.first_day < c.period_start, false)`,
  `delete from ${table} c where c.customer_id in (select customer_id from (${moves}) m) and c.paid_orders = 0 and c.paid_amount = 0`,
];

/**
 * On a change of orders: (1) each buyer's paid orders and amount per period, flagged `old` when
 * the buyer's first paid day is before the period; (2) the flags of the buyers' other periods,
 * since a back-dated order moves the first paid day; (3) periods left with no paid order go;
 * (4) the shop's order counts by the day placed and the day reminded.
 */
export function applyOrderMoves(moves: string): string[] {
  return [
    `with m as (select m.*, s.timezone from (${moves}) m join shops s on s.id = m.shop_id),
  firsts as (${firstPaidDays(moves)}),
  sales as (
    select m.customer_id, g.grain, kpi_period_start(g.grain, (coalesce(m.paid_at, m.placed_at) at time zone m.timezone)::date) as period_start,
           m.shop_id, sum(m.sign)::int as paid_orders, sum(m.sign * m.amount)::bigint as paid_amount
      from m cross join ${GRAINS}
     where m.status in ${PAID}
     group by 1, 2, 3, 4
  )
  insert into customer_period_sales as c ("customer_id", "grain", "period_start", "shop_id", "paid_orders", "paid_amount", "old_customer")
  select s.customer_id, s.grain, s.period_start, s.shop_id, s.paid_orders, s.paid_amount, coalesce(f.first_day < s.period_start, false)
    from sales s left join firsts f on f.customer_id = s.customer_id
   where s.paid_orders <> 0 or s.paid_amount <> 0
   order by 1, 2, 3
  on conflict ("customer_id", "grain", "period_start") do update
    set "paid_orders" = c.paid_orders + excluded.paid_orders, "paid_amount" = c.paid_amount + excluded.paid_amount`,
    ...reflagAndPrune('customer_period_sales', moves),
    `with m as (select m.*, s.timezone from (${moves}) m join shops s on s.id = m.shop_id),
  counts as (
    select m.shop_id, g.grain, kpi_period_start(g.grain, (m.placed_at at time zone m.timezone)::date) as period_start,
           sum(m.sign) as placed_orders, coalesce(sum(m.sign) filter (where m.status in ('UNPAID', 'CANCELLED')), 0) as unpaid_orders,
           0 as reminded_orders, 0 as reminded_paid
      from m cross join ${GRAINS} group by 1, 2, 3
    union all
    select m.shop_id, g.grain, kpi_period_start(g.grain, (m.payment_reminder_at at time zone m.timezone)::date),
           0, 0, sum(m.sign), coalesce(sum(m.sign) filter (where m.status in ${PAID}), 0)
      from m cross join ${GRAINS} where m.payment_reminder_at is not null group by 1, 2, 3
  ),
  changes as (
    select shop_id, grain, period_start, sum(placed_orders)::int as placed_orders, sum(unpaid_orders)::int as unpaid_orders,
           sum(reminded_orders)::int as reminded_orders, sum(reminded_paid)::int as reminded_paid
      from counts group by 1, 2, 3
  )
  insert into shop_period_figures as f ("shop_id", "grain", "period_start", "placed_orders", "unpaid_orders", "reminded_orders", "reminded_paid")
  select * from changes c where c.placed_orders <> 0 or c.unpaid_orders <> 0 or c.reminded_orders <> 0 or c.reminded_paid <> 0
   order by 1, 2, 3
  on conflict ("shop_id", "grain", "period_start") do update
    set "placed_orders" = f.placed_orders + excluded.placed_orders, "unpaid_orders" = f.unpaid_orders + excluded.unpaid_orders,
        "reminded_orders" = f.reminded_orders + excluded.reminded_orders, "reminded_paid" = f.reminded_paid + excluded.reminded_paid`,
  ];
}

export const SALES_COLUMNS = `"shop_id", "grain", "period_start", "paid_orders", "paid_amount", "old_customer"`;

/**
 * What buyers' periods add to a figures table keyed by the shop, `key` (a column of the buyer
 * periods and of the table; none for the shop's own) and the period: each buyer once, whatever
 * their order count. Rows with no key (a buyer period of no team) are left out.
 */
export function buyerFigureMoves(moves: string, table = 'shop_period_figures', key: string | null = null): string {
  const count = (where: string) => `coalesce(sum(m.sign) filter (where ${where}), 0)::int`;
  const keyed = key ? `m."${key}", ` : '';
  return `with changes as (
    select m.shop_id, ${keyed}m.grain, m.period_start,
           sum(m.sign * m.paid_orders)::int as paid_orders, sum(m.sign * m.paid_amount)::bigint as paid_amount,
           coalesce(sum(m.sign * m.paid_amount) filter (where m.old_customer), 0)::bigint as old_amount,
           ${count('m.paid_orders > 0')} as buyers, ${count('m.paid_orders >= 2')} as repeat_buyers,
           ${count('m.paid_orders > 0 and m.old_customer')} as old_buyers, ${count('m.paid_orders > 0 and (m.old_customer or m.paid_orders >= 2)')} as returning_buyers
      from (${moves}) m${key ? ` where m."${key}" is not null` : ''} group by ${key ? '1, 2, 3, 4' : '1, 2, 3'}
  )
  insert into ${table} as f ("shop_id", ${key ? `"${key}", ` : ''}"grain", "period_start", "paid_orders", "paid_amount", "old_amount", "buyers", "repeat_buyers", "old_buyers", "returning_buyers")
  select * from changes c
   where c.paid_orders <> 0 or c.paid_amount <> 0 or c.old_amount <> 0 or c.buyers <> 0 or c.repeat_buyers <> 0 or c.old_buyers <> 0 or c.returning_buyers <> 0
   order by ${key ? '1, 2, 3, 4' : '1, 2, 3'}
  on conflict ("shop_id", ${key ? `"${key}", ` : ''}"grain", "period_start") do update
    set "paid_orders" = f.paid_orders + excluded.paid_orders, "paid_amount" = f.paid_amount + excluded.paid_amount,
        "old_amount" = f.old_amount + excluded.old_amount, "buyers" = f.buyers + excluded.buyers,
        "repeat_buyers" = f.repeat_buyers + excluded.repeat_buyers, "old_buyers" = f.old_buyers + excluded.old_buyers,
        "returning_buyers" = f.returning_buyers + excluded.returning_buyers`;
}

/** What a buyer's period adds to the shop's period. */
export function applySalesMoves(moves: string): string[] {
  return [buyerFigureMoves(moves)];
}

export const OWNER_ORDER_COLUMNS = `"shop_id", "customer_id", "owner_id", "team_id", "status", "amount", "placed_at", "paid_at"`;

/**
 * On a change of orders, the sales of each rep (the order's owner: the buyer's owner when the
 * order was written) per buyer and period, as `applyOrderMoves` keeps them per buyer: paid
 * orders and amount, the `old` flag from the buyer's first paid day in the whole shop, periods
 * left empty removed. A buyer period keeps the team of its first order (its rep's team then), so
 * the team figures moved from it stay consistent whatever later orders say.
 */
export function applyOwnerOrderMoves(moves: string): string[] {
  return [
    `with m as (select m.*, s.timezone from (${moves}) m join shops s on s.id = m.shop_id where m.owner_id is not null),
  firsts as (${firstPaidDays(moves)}),
  sales as (
    select m.customer_id, m.owner_id, g.grain, kpi_period_start(g.grain, (coalesce(m.paid_at, m.placed_at) at time zone m.timezone)::date) as period_start,
           m.shop_id, max(m.team_id) as team_id, sum(m.sign)::int as paid_orders, sum(m.sign * m.amount)::bigint as paid_amount
      from m cross join ${GRAINS}
     where m.status in ${PAID}
     group by 1, 2, 3, 4, 5
  )
  insert into owner_period_sales as c ("customer_id", "owner_id", "grain", "period_start", "shop_id", "team_id", "paid_orders", "paid_amount", "old_customer")
  select s.customer_id, s.owner_id, s.grain, s.period_start, s.shop_id, s.team_id, s.paid_orders, s.paid_amount, coalesce(f.first_day < s.period_start, false)
    from sales s left join firsts f on f.customer_id = s.customer_id
   where s.paid_orders <> 0 or s.paid_amount <> 0
   order by 1, 2, 3, 4
  on conflict ("customer_id", "owner_id", "grain", "period_start") do update
    set "paid_orders" = c.paid_orders + excluded.paid_orders, "paid_amount" = c.paid_amount + excluded.paid_amount`,
    ...reflagAndPrune('owner_period_sales', moves),
  ];
}

export const OWNER_SALES_COLUMNS = `"shop_id", "owner_id", "team_id", "grain", "period_start", "paid_orders", "paid_amount", "old_customer"`;

/** What a buyer's period with a rep adds to the rep's and the team's periods. */
export function applyOwnerSalesMoves(moves: string): string[] {
  return [buyerFigureMoves(moves, 'rep_period_figures', 'owner_id'), buyerFigureMoves(moves, 'team_period_figures', 'team_id')];
}

export const FOLLOW_UP_COLUMNS = `"shop_id", "assignee_id", "kind", "due_at", "status", "on_time", "outcome"`;

/**
 * Follow-ups per local due day, rep and kind (cancelled ones left out, as in the compliance
 * report); `shop` sums the reps, for the shop's own series (a year of a shop of 48 reps is 700
 * rows instead of 35,000).
 */
export function applyFollowUpMoves(moves: string, shop = false): string[] {
  const count = (where: string) => `coalesce(sum(m.sign) filter (where ${where}), 0)::int`;
  const table = shop ? 'follow_up_shop_day_figures' : 'follow_up_kind_day_figures';
  const key = shop ? '"shop_id", "day", "kind"' : '"shop_id", "day", "assignee_id", "kind"';
  return [
    `with changes as (
    select m.shop_id, ${localDay('m.due_at')} as day, ${shop ? '' : 'm.assignee_id, '}m.kind,
           sum(m.sign)::int as due, ${count("m.status = 'DONE' and m.on_time")} as done_on_time,
           ${count("m.status = 'DONE'")} as done, ${count("m.outcome = 'ORDERED'")} as ordered
      from (${moves}) m join shops s on s.id = m.shop_id
     where m.status <> 'CANCELLED'
     group by ${shop ? '1, 2, 3' : '1, 2, 3, 4'}
  )
  insert into ${table} as f (${key}, "due", "done_on_time", "done", "ordered")
  select * from changes c where c.due <> 0 or c.done_on_time <> 0 or c.done <> 0 or c.ordered <> 0
   order by ${shop ? '1, 2, 3' : '1, 2, 3, 4'}
  on conflict (${key}) do update
    set "due" = f.due + excluded.due, "done_on_time" = f.done_on_time + excluded.done_on_time,
        "done" = f.done + excluded.done, "ordered" = f.ordered + excluded.ordered`,
  ];
}
