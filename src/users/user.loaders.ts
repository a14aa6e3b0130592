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
    shopById: byIdLoader((ids) => em.find(Shop, { id: { $in: ids.filter((id) => id === shopId) } })),
    userById: byIdLoader((ids) => em.find(User, { id: { $in: ids }, shop: shopId })),
    salesTeamById: byIdLoader((ids) => em.find(SalesTeam, { id: { $in: ids }, shop: shopId })),
    membersByTeam: groupLoader(
      (teamIds) => em.find(User, { team: { $in: teamIds }, shop: shopId }, { orderBy: { name: 'asc', id: 'asc' } }),
      (user) => user.team!.id,
    ),
  };
}
