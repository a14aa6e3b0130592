import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from './auth/viewer';
import { createAuditLoaders } from './audits/audit.loaders';
import { createAuthLoaders } from './auth/auth.loaders';
import { createCouponLoaders } from './coupons/coupon.loaders';
import { createCustomerLoaders } from './customers/customer.loaders';
import { createFollowUpLoaders } from './followups/follow-up.loaders';
import { createImportLoaders } from './imports/bulk-import.loaders';
import { createKpiLoaders } from './kpis/kpi.loaders';
import { createConversationLoaders } from './conversations/conversation.loaders';
import { createMessageLoaders } from './messages/message.loaders';
import { createWebhookLoaders } from './webhooks/webhook.loaders';
import { createCampaignLoaders } from './campaigns/campaign.loaders';
import { createOrderLoaders } from './orders/order.loaders';
import { createRegistrationLoaders } from './registration/registration.loaders';
import { createTierLoaders } from './tiers/tier.loaders';
import { createUserLoaders } from './users/user.loaders';
import { createTrailKeyLoader } from './privacy/trail-sealing';

/** Fresh DataLoaders for one request: batching and caching never cross requests or shops. */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    ...createUserLoaders(em, viewer),
    ...createCustomerLoaders(em, viewer),
    ...createAuthLoaders(em, viewer),
    ...createFollowUpLoaders(em, viewer),
    ...createRegistrationLoaders(em, viewer),
    ...createAuditLoaders(em, viewer),
    ...createCouponLoaders(em, viewer),
    ...createOrderLoaders(em, viewer),
    ...createTierLoaders(em, viewer),
    ...createImportLoaders(em, viewer),
    ...createKpiLoaders(em, viewer),
    ...createConversationLoaders(em, viewer),
    ...createMessageLoaders(em, viewer),
    ...createWebhookLoaders(em, viewer),
    ...createCampaignLoaders(em, viewer),
    trailKeyOf: createTrailKeyLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Forgets what the loaders read so far (the request's shop, read with the caller, among it):
 * called when a mutation commits, so its payload and the next mutation of the same document
 * see what it wrote.
 */
export function forgetLoaded(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) if (loader instanceof DataLoader) loader.clearAll();
}
