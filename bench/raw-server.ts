import { createServer, IncomingMessage } from 'node:http';
import { Pool } from 'pg';

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

const Q3 = `select coalesce(json_agg(x), '[]') as data from (
  select u.id, u.name, count(t.id) as due,
         count(*) filter (where t.status = 'DONE' and t.on_time) as "doneOnTime",
         count(*) filter (where t.status = 'DONE' and not t.on_time) as "doneLate",
         count(*) filter (where t.status = 'OPEN' and t.due_at < now()) as "openOverdue",
         count(*) filter (where t.outcome = 'ORDERED') as ordered
    from users u left join follow_up_tasks t on t.assignee_id = u.id and t.shop_id = $1 and t.due_at >= $2 and t.due_at < $3 and t.status <> 'CANCELLED'
   where u.shop_id = $1 and u.role = 'SALES'
   group by u.id, u.name order by u.id) x`;

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
}

const server = createServer(async (req, res) => {
  try {
    const input = await body(req);
    const queries: Record<string, [string, unknown[]]> = {
      '/q1': [Q1, [input.shopId, input.assigneeId, input.before]],
      '/q2': [Q2, [input.shopId]],
      '/q3': [Q3, [input.shopId, input.from, input.to]],
    };
    const query = queries[req.url ?? ''];
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
