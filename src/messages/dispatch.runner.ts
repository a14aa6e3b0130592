import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock';
import { dispatchMessages, wakeAtNextDue, wakeDispatchSql } from './dispatch';
import { queryRows, sql } from '../db/sql';

/** Batches one run decides before it makes way for other jobs (the next run goes on at once). */
const BATCHES_PER_RUN = 40;

/**
 * One run of a shop's dispatch: due messages in batches, each batch one transaction (its
 * decisions, hand-overs and outbox events commit together), then the next run is queued at the
 * earliest message still scheduled. `prepare` adds due messages in the batch's transaction
 * first (a campaign's members becoming ledger rows) and says how many.
 */
export async function runDispatch(
  deps: { orm: MikroORM; clock: Clock; shuttingDown(): boolean },
  shopId: number,
  prepare: (em: EntityManager, now: Date) => Promise<number> = async () => 0,
): Promise<number> {
  let decided = 0;
  for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
    const { outcome, prepared } = await deps.orm.em.fork().transactional(async (em: EntityManager) => {
      const now = deps.clock.now();
      const prepared = await prepare(em, now);
      return { prepared, outcome: await dispatchMessages(em, shopId, now) };
    });
    decided += outcome.handedOver + outcome.deferred + outcome.skipped;
    if (!outcome.full && prepared === 0) return finish(deps, shopId, decided);
    if (deps.shuttingDown()) break;
  }
  await queryRows(deps.orm.em.fork(), sql`select ${wakeDispatchSql(shopId, 0)}`);
  return decided;
}

async function finish(deps: { orm: MikroORM; clock: Clock }, shopId: number, decided: number): Promise<number> {
  await wakeAtNextDue(deps.orm.em.fork(), shopId, deps.clock.now());
  return decided;
}
