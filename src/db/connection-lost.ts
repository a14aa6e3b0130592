/**
 * SQLSTATEs and socket codes that mean the connection to PostgreSQL is gone (terminated by an
 * administrator, a restart, a failover, a network cut), not that the statement was wrong.
 */
const LOST_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN']);
/**
 * What node-postgres says when a connection ends under it (it gives no code), and what knex says
 * of a transaction whose connection ended (it has ended the transaction).
 */
const LOST_MESSAGES = /Connection terminated|not queryable|Connection ended|Client was closed|terminating connection|Transaction query already complete/i;

/** Whether an error (or the error it wraps) says the database connection was lost. */
export function isConnectionLost(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; previous?: unknown; cause?: unknown; originalError?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && LOST_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && LOST_MESSAGES.test(e.message)) return true;
    e = (e.previous ?? e.cause ?? e.originalError) as typeof e | undefined;
  }
  return false;
}
