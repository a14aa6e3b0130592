import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { groupLoader, shopRowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { sql } from '../db/sql';
import { MembershipTier } from './membership-tier.entity';
import { TierChange } from './tier-change.entity';

/** The shop's tiers by id and each customer's tier changes, newest first. */
export function createTierLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    tierById: shopRowByIdLoader(em, MembershipTier, shopId),
    tierChangesByCustomer: groupLoader(
      (customerIds) =>
        selectPlain(em, TierChange, 'c', sql`c.customer_id = any(${customerIds}) and c.shop_id = ${shopId}`, {
          orderBy: sql`c.created_at desc, c.id desc`,
        }),
      (change) => change.customer.id,
    ),
  };
}
