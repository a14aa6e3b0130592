/** The three screens a retention team lives in, as each contender asks for them. */

export const Q1_GRAPHQL = `query Q1($before: DateTime!) {
  followUpTasks(first: 50, filter: { status: OPEN, dueBefore: $before }) {
    edges { node { id dueAt kind previous { note } customer { platformHandle lastPaidAt tier { name } segment { lifecycle value } } } }
  }
}`;

export const Q2_GRAPHQL = `query Q2 {
  customers(first: 50, filter: { lifecycle: ACTIVE }) {
    edges { node { id displayName lastPaidAt owner { name team { name } } tier { name } openFollowUpCount } }
  }
}`;

export const Q3_GRAPHQL = `query Q3($from: DateTime!, $to: DateTime!) {
  complianceReport(from: $from, to: $to) {
    sales { user { name } followUpsDue doneOnTime doneLate openOverdue onTimeRate conversionRate }
    customerService { user { name } sheetsDue sheetsOnTime sheetsLate sheetsMissing }
    droppedCustomerCount
  }
}`;

/**
 * PostGraphile's generated schema (with the connection-filter plugin) for Q1 and Q2: the same
 * question as this server's, shop filter included (without it PostgreSQL cannot use the
 * (shop_id, …) indexes), the trigger-kept open follow-up count this server reads, and the columns
 * this server computes a customer's segment from (the segment itself has no PostGraphile field);
 * Q2's ACTIVE is spelled out: paid within 91 days and not NEW (one order within 31 days).
 */
export const Q1_POSTGRAPHILE = `query Q1($shop: Int!, $assignee: Int!, $before: Datetime!) {
  allFollowUpTasks(first: 50, orderBy: [DUE_AT_ASC, ID_ASC], filter: { shopId: { equalTo: $shop }, assigneeId: { equalTo: $assignee }, status: { equalTo: OPEN }, dueAt: { lessThanOrEqualTo: $before } }) {
    nodes { id dueAt kind followUpTaskByPreviousId { note } customerByCustomerId { platformHandle lastPaidAt paidOrderCount totalSpent firstPaidAt membershipTierByTierId { name } } }
  }
}`;

export const Q2_POSTGRAPHILE = `query Q2($shop: Int!, $after: Datetime!, $newBefore: Datetime!) {
  allCustomers(first: 50, orderBy: [CREATED_AT_DESC, ID_DESC], filter: { shopId: { equalTo: $shop }, paidOrderCount: { greaterThan: 0 }, lastPaidAt: { greaterThan: $after }, or: [{ paidOrderCount: { greaterThan: 1 } }, { lastPaidAt: { lessThanOrEqualTo: $newBefore } }] }) {
    nodes { id displayName lastPaidAt userByOwnerId { name salesTeamByTeamId { name } } membershipTierByTierId { name } openFollowUpCount }
  }
}`;

/** PostGraphile 5 (Amber preset) names a table's `id` column `rowId` (its `id` is the Relay node id). */
const forPostGraphile5 = (query: string) => query.replace(/\bID_(ASC|DESC)\b/g, 'ROW_ID_$1').replace(/nodes \{ id /g, 'nodes { rowId ');
export const Q1_POSTGRAPHILE5 = forPostGraphile5(Q1_POSTGRAPHILE);
export const Q2_POSTGRAPHILE5 = forPostGraphile5(Q2_POSTGRAPHILE);
