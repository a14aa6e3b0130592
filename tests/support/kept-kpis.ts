import { FIRST_RESPONSE_BOUNDS } from '../../src/conversations/first-response';

/**
 * What the KPI triggers keep, counted afresh from orders, follow-ups and conversations; each
 * query returns the rows where kept and fresh differ ("missing": fresh has it, "extra": kept
 * has it). Every test suite runs them on close (support/test-app.ts).
 */
const PAID = `('PAID', 'SHIPPED', 'RECEIVED')`;
const GRAINS = `(values ('DAY'), ('WEEK'), ('MONTH')) g(grain)`;
const diff = (fresh: string, kept: string) =>
  `(select 'missing' as side, * from (select * from (${fresh}) f except select * from (${kept}) k) a)
   union all (select 'extra' as side, * from (select * from (${kept}) k except select * from (${fresh}) f) b)`;

const FRESH_BUYER_PERIODS = `
  with paid as (select o.shop_id, o.customer_id, o.amount, (coalesce(o.paid_at, o.placed_at) at time zone s.timezone)::date as d
                  from orders o join shops s on s.id = o.shop_id where o.status in ${PAID}),
       firsts as (select customer_id, min(d) as first_day from paid group by 1)
  select p.customer_id, g.grain, kpi_period_start(g.grain, p.d) as period_start, p.shop_id, count(*)::int as paid_orders, sum(p.amount)::bigint as paid_amount,
         bool_or(f.first_day < kpi_period_start(g.grain, p.d)) as old_customer
    from paid p join firsts f on f.customer_id = p.customer_id cross join ${GRAINS}
   group by 1, 2, 3, 4`;

export const BUYER_PERIODS_DRIFT = diff(FRESH_BUYER_PERIODS, 'select customer_id, grain, period_start, shop_id, paid_orders, paid_amount, old_customer from customer_period_sales');

export const SHOP_PERIODS_DRIFT = diff(
  `with b as (${FRESH_BUYER_PERIODS}),
        parts as (
          select shop_id, grain, period_start, paid_orders, paid_amount, case when old_customer then paid_amount else 0 end as old_amount, 1 as buyers,
                 (paid_orders >= 2)::int as repeat_buyers, old_customer::int as old_buyers, (old_customer or paid_orders >= 2)::int as returning_buyers,
                 0 as placed_orders, 0 as unpaid_orders, 0 as reminded_orders, 0 as reminded_paid from b
          union all
          select o.shop_id, g.grain, kpi_period_start(g.grain, (o.placed_at at time zone s.timezone)::date), 0, 0, 0, 0, 0, 0, 0, 1, (o.status in ('UNPAID', 'CANCELLED'))::int, 0, 0
            from orders o join shops s on s.id = o.shop_id cross join ${GRAINS}
          union all
          select o.shop_id, g.grain, kpi_period_start(g.grain, (o.payment_reminder_at at time zone s.timezone)::date), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (o.status in ${PAID})::int
            from orders o join shops s on s.id = o.shop_id cross join ${GRAINS} where o.payment_reminder_at is not null)
   select shop_id, grain, period_start, sum(paid_orders)::int, sum(paid_amount)::bigint, sum(old_amount)::bigint, sum(buyers)::int, sum(repeat_buyers)::int, sum(old_buyers)::int,
          sum(returning_buyers)::int, sum(placed_orders)::int, sum(unpaid_orders)::int, sum(reminded_orders)::int, sum(reminded_paid)::int
     from parts group by 1, 2, 3`,
  `select shop_id, grain, period_start, paid_orders, paid_amount, old_amount, buyers, repeat_buyers, old_buyers, returning_buyers, placed_orders, unpaid_orders, reminded_orders, reminded_paid
     from shop_period_figures where (paid_orders, paid_amount, old_amount, buyers, repeat_buyers, old_buyers, returning_buyers, placed_orders, unpaid_orders, reminded_orders, reminded_paid) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`,
);

const FRESH_OWNER_PERIODS = `
  with paid as (select o.shop_id, o.customer_id, o.owner_id, o.team_id, o.id, o.amount, (coalesce(o.paid_at, o.placed_at) at time zone s.timezone)::date as d
                  from orders o join shops s on s.id = o.shop_id where o.status in ${PAID}),
       firsts as (select customer_id, min(d) as first_day from paid group by 1)
  select p.customer_id, p.owner_id, g.grain, kpi_period_start(g.grain, p.d) as period_start, p.shop_id, count(*)::int as paid_orders, sum(p.amount)::bigint as paid_amount,
         bool_or(f.first_day < kpi_period_start(g.grain, p.d)) as old_customer
    from paid p join firsts f on f.customer_id = p.customer_id cross join ${GRAINS}
   where p.owner_id is not null
   group by 1, 2, 3, 4, 5`;

export const OWNER_PERIODS_DRIFT = diff(FRESH_OWNER_PERIODS, 'select customer_id, owner_id, grain, period_start, shop_id, paid_orders, paid_amount, old_customer from owner_period_sales');

/** A rep's buyer period keeps the team of the order that made it: one of its orders' teams (none: none of them had one). */
export const OWNER_PERIOD_TEAM_DRIFT = `
  select k.customer_id, k.owner_id, k.grain, k.period_start, k.team_id
    from owner_period_sales k join shops s on s.id = k.shop_id
   where not exists (select 1 from orders o
                      where o.customer_id = k.customer_id and o.owner_id = k.owner_id and o.status in ${PAID} and o.team_id is not distinct from k.team_id
                        and kpi_period_start(k.grain, (coalesce(o.paid_at, o.placed_at) at time zone s.timezone)::date) = k.period_start)`;

/** The rep's and the team's figures, from the kept buyer periods with a rep. */
const sellerDrift = (table: string, key: string) =>
  diff(
    `select shop_id, ${key}, grain, period_start, sum(paid_orders)::int, sum(paid_amount)::bigint, sum(case when old_customer then paid_amount else 0 end)::bigint,
            count(*)::int, (count(*) filter (where paid_orders >= 2))::int, (count(*) filter (where old_customer))::int, (count(*) filter (where old_customer or paid_orders >= 2))::int
       from owner_period_sales where ${key} is not null group by 1, 2, 3, 4`,
    `select shop_id, ${key}, grain, period_start, paid_orders, paid_amount, old_amount, buyers, repeat_buyers, old_buyers, returning_buyers from ${table}
      where (paid_orders, paid_amount, old_amount, buyers, repeat_buyers, old_buyers, returning_buyers) <> (0, 0, 0, 0, 0, 0, 0)`,
  );
export const REP_PERIODS_DRIFT = sellerDrift('rep_period_figures', 'owner_id');
export const TEAM_PERIODS_DRIFT = sellerDrift('team_period_figures', 'team_id');

const followUps = (byRep: boolean) =>
  diff(
    `select t.shop_id, (t.due_at at time zone s.timezone)::date as day, ${byRep ? 't.assignee_id, ' : ''}t.kind, count(*)::int as due,
            (count(*) filter (where t.status = 'DONE' and t.on_time))::int, (count(*) filter (where t.status = 'DONE'))::int, (count(*) filter (where t.outcome = 'ORDERED'))::int
       from follow_up_tasks t join shops s on s.id = t.shop_id where t.status <> 'CANCELLED' group by ${byRep ? '1, 2, 3, 4' : '1, 2, 3'}`,
    `select shop_id, day, ${byRep ? 'assignee_id, ' : ''}kind, due, done_on_time, done, ordered from ${byRep ? 'follow_up_kind_day_figures' : 'follow_up_shop_day_figures'}
      where (due, done_on_time, done, ordered) <> (0, 0, 0, 0)`,
  );
export const FOLLOW_UP_KIND_DRIFT = followUps(true);
export const FOLLOW_UP_SHOP_DRIFT = followUps(false);

const local = `(c.started_at at time zone s.timezone)::date`;
export const CS_DRIFT = diff(
  `select c.shop_id, ${local} as day, c.agent_id, count(*)::int, (count(*) filter (where c.first_response_seconds is not null))::int,
          (count(*) filter (where c.converted_order_id is not null))::int, coalesce(sum(c.converted_amount), 0)::bigint, sum(c.responses)::int,
          sum(c.response_seconds_total)::bigint, sum(c.counted_rounds)::int, sum(c.fast_rounds)::int
     from conversations c join shops s on s.id = c.shop_id group by 1, 2, 3`,
  `select shop_id, day, agent_id, inquiries, answered, conversions, converted_amount, responses, response_seconds, counted_rounds, fast_rounds from cs_day_figures
    where (inquiries, answered, conversions, converted_amount, responses, response_seconds, counted_rounds, fast_rounds) <> (0, 0, 0, 0, 0, 0, 0, 0)`,
);
export const FIRST_RESPONSE_DRIFT = diff(
  `select c.shop_id, ${local} as day, c.agent_id, width_bucket(c.first_response_seconds, array[${FIRST_RESPONSE_BOUNDS.join(', ')}]::int[])::smallint as bucket, count(*)::int
     from conversations c join shops s on s.id = c.shop_id where c.first_response_seconds is not null group by 1, 2, 3, 4`,
  'select shop_id, day, agent_id, bucket, n from cs_day_first_responses where n <> 0',
);
/** Each conversation's converted order is the buyer's first paid order within the shop's window. */
export const CONVERSION_DRIFT = `
  select c.id, c.converted_order_id, x.id as expected
    from conversations c join shops s on s.id = c.shop_id
    left join lateral (select o.id, o.amount from orders o where o.customer_id = c.customer_id and o.status in ${PAID}
                         and coalesce(o.paid_at, o.placed_at) >= c.started_at and coalesce(o.paid_at, o.placed_at) < c.started_at + make_interval(days => s.conversion_days)
                       order by coalesce(o.paid_at, o.placed_at), o.id limit 1) x on true
   where c.converted_order_id is distinct from x.id or c.converted_amount is distinct from x.amount`;

export const KEPT_KPI_CHECKS: [string, string][] = [
  ['customer_period_sales', BUYER_PERIODS_DRIFT],
  ['shop_period_figures', SHOP_PERIODS_DRIFT],
  ['owner_period_sales', OWNER_PERIODS_DRIFT],
  ['owner_period_sales.team_id', OWNER_PERIOD_TEAM_DRIFT],
  ['rep_period_figures', REP_PERIODS_DRIFT],
  ['team_period_figures', TEAM_PERIODS_DRIFT],
  ['follow_up_kind_day_figures', FOLLOW_UP_KIND_DRIFT],
  ['follow_up_shop_day_figures', FOLLOW_UP_SHOP_DRIFT],
  ['cs_day_figures', CS_DRIFT],
  ['cs_day_first_responses', FIRST_RESPONSE_DRIFT],
  ['conversations.converted_order_id', CONVERSION_DRIFT],
];
