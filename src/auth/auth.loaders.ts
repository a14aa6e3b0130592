import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../common/loader';
import { ApiToken } from './api-token.entity';
import type { Viewer } from './viewer';

export function createAuthLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return { apiTokenById: byIdLoader((ids) => findPlain(em, ApiToken, { id: { $in: ids }, shop: shopId })) };
}
