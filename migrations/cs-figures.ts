/**
 * Customer-service conversations (issue #17, part 2): the conversion link (a row trigger on
 * conversations, and a statement trigger on orders for the buyers whose orders changed) and the
 * kept CS figures per local day and agent (statement triggers on conversations), with first
 * response times as a histogram so medians and p90s of any period add up.
 */

import { FIRST_RESPONSE_BOUNDS } from '../src/conversations/first-response';

const BOUNDS_SQL = `array[${FIRST_RESPONSE_BOUNDS.join(', ')}]::int[]`;
const PAID = `('PAID', 'SHIPPED', 'RECEIVED')`;

export const CONVERSION_FUNCTION = `create function conversation_conversion() returns trigger language plpgsql as $$
begin
  select o.id, o.amount into new.converted_order_id, new.converted_amount
    from orders o join shops s on s.id = new.shop_id
   where o.customer_id = new.customer_id and o.status in ${PAID}
     and coalesce(o.paid_at, o.placed_at) >= new.started_at
     and coalesce(o.paid_at, o.placed_at) < new.started_at + make_interval(days => s.conversion_days)
   order by coalesce(o.paid_at, o.placed_at), o.id
   limit 1;
  return new;
end $$;`;
export const CONVERSION_TRIGGER = `create trigger conversation_conversion before insert or update of customer_id, started_at on conversations for each row execute function conversation_conversion();`;

/** On a change of orders: the buyers' conversations whose window holds a changed order are linked again (the row trigger). */
export function relinkConversations(moves: string): string[] {
  return [
    `update conversations c set started_at = c.started_at
    where c.customer_id in (select customer_id from (${moves}) m)
      and exists (select 1 from (${moves}) m where m.customer_id = c.customer_id
                    and coalesce(m.paid_at, m.placed_at) >= c.started_at and coalesce(m.paid_at, m.placed_at) < c.started_at + interval '28 days')`,
  ];
}

export const CONVERSATION_COLUMNS = `"shop_id", "agent_id", "started_at", "first_response_seconds", "responses", "response_seconds_total", "counted_rounds", "fast_rounds", "converted_order_id", "converted_amount"`;

export function applyConversationMoves(moves: string): string[] {
  const local = `with m as (select m.*, (m.started_at at time zone s.timezone)::date as day from (${moves}) m join shops s on s.id = m.shop_id)`;
  const count = (where: string) => `coalesce(sum(m.sign) filter (where ${where}), 0)::int`;
  return [
    `${local},
  changes as (
    select m.shop_id, m.day, m.agent_id, sum(m.sign)::int as inquiries, ${count('m.first_response_seconds is not null')} as answered,
           ${count('m.converted_order_id is not null')} as conversions, coalesce(sum(m.sign * m.converted_amount), 0)::bigint as converted_amount,
           sum(m.sign * m.responses)::int as responses, sum(m.sign * m.response_seconds_total)::bigint as response_seconds,
           sum(m.sign * m.counted_rounds)::int as counted_rounds, sum(m.sign * m.fast_rounds)::int as fast_rounds
      from m group by 1, 2, 3
  )
  insert into cs_day_figures as f ("shop_id", "day", "agent_id", "inquiries", "answered", "conversions", "converted_amount", "responses", "response_seconds", "counted_rounds", "fast_rounds")
  select * from changes c
   where c.inquiries <> 0 or c.answered <> 0 or c.conversions <> 0 or c.converted_amount <> 0 or c.responses <> 0 or c.response_seconds <> 0 or c.counted_rounds <> 0 or c.fast_rounds <> 0
   order by 1, 2, 3
  on conflict ("shop_id", "day", "agent_id") do update
    set "inquiries" = f.inquiries + excluded.inquiries, "answered" = f.answered + excluded.answered, "conversions" = f.conversions + excluded.conversions,
        "converted_amount" = f.converted_amount + excluded.converted_amount, "responses" = f.responses + excluded.responses,
        "response_seconds" = f.response_seconds + excluded.response_seconds, "counted_rounds" = f.counted_rounds + excluded.counted_rounds,
        "fast_rounds" = f.fast_rounds + excluded.fast_rounds`,
    `${local},
  changes as (
    select m.shop_id, m.day, m.agent_id, width_bucket(m.first_response_seconds, ${BOUNDS_SQL})::smallint as bucket, sum(m.sign)::int as n
      from m where m.first_response_seconds is not null group by 1, 2, 3, 4
  )
  insert into cs_day_first_responses as f ("shop_id", "day", "agent_id", "bucket", "n")
  select * from changes c where c.n <> 0 order by 1, 2, 3, 4
  on conflict ("shop_id", "day", "agent_id", "bucket") do update set "n" = f.n + excluded.n`,
  ];
}
