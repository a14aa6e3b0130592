import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { byIdLoader, groupLoader, shopRowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { sql } from '../db/sql';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from './sales-team.entity';
import { User } from './user.entity';

/** Staff, teams and the shop by id, batched per request and always limited to the viewer's shop. */
export function createUserLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    shopById: byIdLoader((ids) => (ids.includes(shopId) ? selectPlain(em, Shop, 's', sql`s.id = ${shopId}`) : Promise.resolve([]))),
    userById: shopRowByIdLoader(em, User, shopId),
    salesTeamById: shopRowByIdLoader(em, SalesTeam, shopId),
    membersByTeam: groupLoader(
      (teamIds) => selectPlain(em, User, 'u', sql`u.team_id = any(${teamIds}) and u.shop_id = ${shopId}`, { orderBy: sql`u.name, u.id` }),
      (user) => user.team!.id,
    ),
  };
}
