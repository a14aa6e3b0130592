import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { byIdLoader, groupLoader } from '../common/loader';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from './sales-team.entity';
import { User } from './user.entity';

/** Staff, teams and the shop by id, batched per request and always limited to the viewer's shop. */
export function createUserLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    shopById: byIdLoader((ids) => findPlain(em, Shop, { id: { $in: ids.filter((id) => id === shopId) } })),
    userById: byIdLoader((ids) => findPlain(em, User, { id: { $in: ids }, shop: shopId })),
    salesTeamById: byIdLoader((ids) => findPlain(em, SalesTeam, { id: { $in: ids }, shop: shopId })),
    membersByTeam: groupLoader(
      (teamIds) => findPlain(em, User, { team: { $in: teamIds }, shop: shopId }, { orderBy: { name: 'asc', id: 'asc' } }),
      (user) => user.team!.id,
    ),
  };
}
