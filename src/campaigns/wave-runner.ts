import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import { viewerOfUser } from '../auth/authenticate';
import { jobContext } from '../context';
import type { JobDeps } from '../imports/bulk-import.runner';
import { queryRows, sql } from '../db/sql';
import { auditActor } from '../audit-trail/audit-context';
import { WaveStatus } from './campaign.enums';
import { Campaign, CampaignWave } from './campaign.entity';
import { campaignService } from './campaign.service';
import { materializeDueWaves, reevaluateWave } from './wave-snapshot';
import { DISPATCH_BATCH } from '../messages/dispatch';
import { runDispatch } from '../messages/dispatch.runner';

/**
 * Waves of the shop due now that re-evaluate their audience at send time, evaluated once, each in
 * its own transaction and as the admin who scheduled it (a wave whose admin lost the right is
 * sent as snapshotted).
 */
export async function reevaluateDueWaves(deps: Pick<JobDeps, 'orm' | 'clock' | 'config' | 'logger'>, shopId: number): Promise<void> {
  const now = deps.clock.now();
  const due = await queryRows<{ id: number; scheduled_by_id: number | null }>(
    deps.orm.em.fork(),
    sql`select id, scheduled_by_id from campaign_waves where shop_id = ${shopId} and status = 'SCHEDULED' and reevaluate_at_send and reevaluated_at is null and sends_at <= ${now}`,
  );
  for (const { id, scheduled_by_id } of due) {
    await deps.orm.em.fork().transactional(async (em: EntityManager) => {
      const wave = await em.findOne(CampaignWave, { id, status: WaveStatus.SCHEDULED, reevaluatedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!wave) return;
      const viewer = scheduled_by_id ? await viewerOfUser(em, scheduled_by_id, `wave:${id}`) : null;
      if (viewer && viewer.role === Role.ADMIN && viewer.shopId === shopId) {
        const ctx = jobContext(deps, em, viewer, `wave:${id}`);
        const campaign = await em.findOneOrFail(Campaign, { id: wave.campaign.id });
        const [template] = await queryRows<{ channel: string }>(em, sql`select channel from message_templates where id = ${wave.template.id}`);
        await auditActor.run({ shopId, userId: viewer.userId, apiTokenId: null, requestId: `wave:${id}` }, () => reevaluateWave(ctx, { ...campaignService.specOf(wave, campaign), channel: template.channel }, now));
      }
      wave.reevaluatedAt = now;
      await em.flush();
    });
  }
}

/**
 * The queue's dispatch task for a shop: waves due now that re-evaluate are evaluated, then due
 * messages are decided batch by batch, each batch first making due waves' members into ledger
 * rows (up to a batch's worth).
 */
export async function runShopDispatch(deps: Pick<JobDeps, 'orm' | 'clock' | 'config' | 'logger' | 'shuttingDown'>, shopId: number): Promise<number> {
  await reevaluateDueWaves(deps, shopId);
  return runDispatch(deps, shopId, (em, now) => materializeDueWaves(em, shopId, now, DISPATCH_BATCH));
}
