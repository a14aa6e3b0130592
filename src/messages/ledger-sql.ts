import { sql, Sql } from '../db/sql';

/**
 * One decision as the ledger's `decisions` column keeps it (message.entity.ts
 * `MessageDecisionStep`), in SQL: a one-element array to append (`decisions || …`) or to start
 * with. Every writer of the ledger builds its steps here.
 */
export function decisionStepSql(now: Date, status: Sql, rule: Sql, detail: Sql): Sql {
  return sql`jsonb_build_array(jsonb_build_object('at', ${now.toISOString()}::text, 'status', ${status}, 'rule', ${rule}, 'detail', ${detail}))`;
}

/** The SET of an update that stops scheduled messages (`m`): SKIPPED by `rule`, in words `detail`, the step appended. */
export function skipSetSql(now: Date, rule: string, detail: string): Sql {
  return sql`status = 'SKIPPED', rule = ${rule}::message_rule, detail = ${detail}, updated_at = ${now},
             decisions = m.decisions || ${decisionStepSql(now, sql`'SKIPPED'`, sql`${rule}::text`, sql`${detail}::text`)}`;
}
