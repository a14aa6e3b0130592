import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { applyFollowUpMoves, applyOrderMoves, applyOwnerOrderMoves, FOLLOW_UP_COLUMNS, ORDER_COLUMNS, OWNER_ORDER_COLUMNS } from '../../migrations/kpi-figures';
import { applyConversationMoves, CONVERSATION_COLUMNS } from '../../migrations/cs-figures';

/** The kept KPI tables, each with the shop's rows in it. */
const KEPT = ['customer_period_sales', 'shop_period_figures', 'owner_period_sales', 'rep_period_figures', 'team_period_figures', 'follow_up_kind_day_figures', 'follow_up_shop_day_figures', 'cs_day_figures', 'cs_day_first_responses'];

/**
 * Rebuilds a shop's kept KPI figures from its orders, follow-ups and conversations, with the
 * statements the triggers run, in the caller's transaction. Needed when the shop's time zone
 * changes: every local day, week and month moves.
 */
export async function rebuildShopKpis(em: EntityManager, shopId: number): Promise<void> {
  for (const table of KEPT) await queryRows(em, sql`delete from ${sql.raw(table)} where shop_id = ${shopId}`);
  const id = Number(shopId); // inlined below as a number: the trigger statements are SQL text
  const statements = [
    ...applyOrderMoves(`select ${ORDER_COLUMNS}, 1 as sign from orders where shop_id = ${id}`),
    ...applyOwnerOrderMoves(`select ${OWNER_ORDER_COLUMNS}, 1 as sign from orders where shop_id = ${id}`),
    ...applyFollowUpMoves(`select ${FOLLOW_UP_COLUMNS}, 1 as sign from follow_up_tasks where shop_id = ${id}`),
    ...applyFollowUpMoves(`select ${FOLLOW_UP_COLUMNS}, 1 as sign from follow_up_tasks where shop_id = ${id}`, true),
    ...applyConversationMoves(`select ${CONVERSATION_COLUMNS}, 1 as sign from conversations where shop_id = ${id}`),
  ];
  for (const statement of statements) await queryRows(em, sql.raw(statement));
}
