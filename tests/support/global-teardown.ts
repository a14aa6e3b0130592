import { Client } from 'pg';

/** Drops the run's databases (on a shared server) and stops the embedded PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_URL });
  await admin.connect();
  const runId = process.env.TEST_RUN_ID;
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname like $1 or datname = $2`,
    [`rl_t_${runId}_%`, `rl_template_${runId}`],
  );
  for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  await admin.end();
}
