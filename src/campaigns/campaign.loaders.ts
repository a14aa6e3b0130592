import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
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
    wavesByCampaignId: new DataLoader<number, CampaignWave[]>((ids) => (readable ? campaignService.wavesOf({ em, viewer: readable }, ids) : Promise.resolve(ids.map(() => [])))),
  };
}
