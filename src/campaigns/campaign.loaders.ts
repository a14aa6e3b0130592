import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { groupLoader, RowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { sql } from '../db/sql';
import { campaignService } from './campaign.service';
import { Campaign, CampaignWave } from './campaign.entity';
import { CareRule } from '../care/care-rule.entity';

/** Campaigns are the admins' and reviewers' to read. */
export const mayReadCampaigns = (viewer: Viewer | null) => viewer !== null && (viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER);

export function createCampaignLoaders(em: EntityManager, viewer: Viewer | null) {
  const readable = mayReadCampaigns(viewer) ? viewer : null;
  return {
    campaignById: new RowByIdLoader(em, Campaign, 'cp', readable ? (ids) => sql`cp.id = any(${ids}) and cp.shop_id = ${readable.shopId}` : null),
    careRuleById: new RowByIdLoader(em, CareRule, 'cr', readable ? (ids) => sql`cr.id = any(${ids}) and cr.shop_id = ${readable.shopId}` : null),
    campaignWaveById: new RowByIdLoader(em, CampaignWave, 'w', readable ? (ids) => sql`w.id = any(${ids}) and w.shop_id = ${readable.shopId}` : null),
    messageCountsByWaveId: new DataLoader<number, { status: string; rule: string | null; count: number }[]>((ids) => (readable ? campaignService.counts({ em, viewer: readable }, ids) : Promise.resolve(ids.map(() => [])))),
    wavesByCampaignId: groupLoader(
      (campaignIds) => (readable ? selectPlain(em, CampaignWave, 'w', sql`w.campaign_id = any(${campaignIds}) and w.shop_id = ${readable.shopId}`, { orderBy: sql`w.offset_days, w.id` }) : Promise.resolve([])),
      (wave) => wave.campaign.id,
    ),
  };
}
