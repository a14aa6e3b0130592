import { createServer, IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { splitHours, splitPeriod } from '../src/audits/report-period';

/**
 * The practical limit: the same three screens as hand-written SQL through `pg`, each one
 * statement building its JSON in PostgreSQL, served over plain HTTP in the same process model.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const Q1 = `select coalesce(json_agg(x), '[]') as data from (
  select t.id, t.due_at as "dueAt", t.kind, p.note as "lastNote",
         json_build_object('platformHandle', c.platform_handle, 'lastPaidAt', c.last_paid_at, 'tier', mt.name,
           'lifecycle', case when c.paid_order_count = 0 then 'PROSPECT'
                             when c.last_paid_at <= now() - interval '181 days' then 'CHURNED'
                             when c.last_paid_at <= now() - interval '91 days' then 'SLEEPING'
                             when c.paid_order_count = 1 and c.last_paid_at > now() - interval '31 days' then 'NEW'
                             else 'ACTIVE' end) as customer
    from follow_up_tasks t
    join customers c on c.id = t.customer_id
    left join membership_tiers mt on mt.id = c.tier_id
    left join follow_up_tasks p on p.id = t.previous_id
   where t.shop_id = $1 and t.assignee_id = $2 and t.status = 'OPEN' and t.due_at <= $3
   order by t.due_at, t.id limit 50) x`;

const Q2 = `select coalesce(json_agg(x), '[]') as data from (
  select c.id, c.display_name as "displayName", c.last_paid_at as "lastPaidAt",
         json_build_object('name', u.name, 'team', st.name) as owner, mt.name as tier,
         (select count(*) from follow_up_tasks t where t.customer_id = c.id and t.status = 'OPEN') as "openFollowUpCount"
    from customers c
    left join users u on u.id = c.owner_id
    left join sales_teams st on st.id = u.team_id
    left join membership_tiers mt on mt.id = c.tier_id
   where c.shop_id = $1 and c.paid_order_count > 0 and c.last_paid_at > now() - interval '91 days'
     and not (c.paid_order_count = 1 and c.last_paid_at > now() - interval '31 days')
   order by c.created_at desc, c.id desc limit 50) x`;

/**
 * The compliance report as this server computes it, in one statement: sales figures from the
 * kept day figures plus the period's partial days, customer-service entries, dropped customers.
 */
function q3(shopId: number, from: Date, to: Date): [string, unknown[]] {
  const now = new Date();
  const split = splitPeriod(from, to, now);
  const { hourRanges, liveRanges, currentHour } = splitHours(split.liveRanges, now);
  const params: unknown[] = [shopId, split.today, split.firstDay, split.endDay, now, from, to, currentHour];
  // Whole hours from the hour figures, the rest one index range each, as the server's report does.
  const hours = hourRanges
    .map(
      ([a, b]) =>
        `union all select h.assignee_id, h.due, h.done_on_time, h.done_late, case when h.hour < $8 then h.open else 0 end, h.ordered
           from follow_up_hour_figures h where h.shop_id = $1 and h.hour >= $${params.push(a)} and h.hour < $${params.push(b)}`,
    )
    .join(' ');
  const live =
    liveRanges
      .map(([a, b]) => `select t.assignee_id, t.status, t.on_time, t.due_at, t.outcome from follow_up_tasks t where t.shop_id = $1 and t.status <> 'CANCELLED' and t.due_at >= $${params.push(a)} and t.due_at < $${params.push(b)}`)
      .join(' union all ') || `select t.assignee_id, t.status, t.on_time, t.due_at, t.outcome from follow_up_tasks t where false`;
  return [
    `select json_build_object(
       'sales', (select coalesce(json_agg(x order by x.id), '[]') from (
         select u.id, u.name, coalesce(sum(f.due), 0) as due, coalesce(sum(f.on_time), 0) as "doneOnTime", coalesce(sum(f.late), 0) as "doneLate",
                coalesce(sum(f.overdue), 0) as "openOverdue", coalesce(sum(f.ordered), 0) as ordered
           from users u left join (
             select d.assignee_id, d.due, d.done_on_time as on_time, d.done_late as late, case when d.day < $2::date then d.open else 0 end as overdue, d.ordered
               from follow_up_day_figures d where d.shop_id = $1 and d.day >= $3::date and d.day < $4::date and d.day <> $2::date
             ${hours}
             union all
             select t.assignee_id, 1, (t.status = 'DONE' and t.on_time)::int, (t.status = 'DONE' and not t.on_time)::int,
                    (t.status = 'OPEN' and t.due_at < $5)::int, (t.outcome = 'ORDERED')::int
               from (${live}) t
           ) f on f.assignee_id = u.id
          where u.shop_id = $1 and u.role = 'SALES' group by u.id, u.name) x),
       'customerService', (select coalesce(json_agg(y order by y.id), '[]') from (
         select u.id, u.name, (select count(*) from registration_entries e join registration_sheets s on s.id = e.sheet_id
                                where s.author_id = u.id and e.shop_id = $1 and e.created_at >= $6 and e.created_at < $7) as "entriesRegistered"
           from users u where u.shop_id = $1 and u.role = 'CUSTOMER_SERVICE' and u.active) y),
       'droppedCustomerCount', (select count(*) from customers c where c.shop_id = $1 and c.owner_id is not null and c.stage <> 'LOST' and c.open_follow_up_count = 0)
     ) as data`,
    params,
  ];
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
}

const server = createServer(async (req, res) => {
  try {
    const input = await body(req);
    const queries: Record<string, () => [string, unknown[]]> = {
      '/q1': () => [Q1, [input.shopId, input.assigneeId, input.before]],
      '/q2': () => [Q2, [input.shopId]],
      '/q3': () => q3(Number(input.shopId), new Date(String(input.from)), new Date(String(input.to))),
    };
    const query = queries[req.url ?? '']?.();
    if (!query) {
      res.writeHead(404).end();
      return;
    }
    const result = await pool.query(query[0], query[1]);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result.rows[0].data }));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
  }
});
server.listen(Number(process.env.PORT ?? 4100), () => process.stdout.write('raw SQL server ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
