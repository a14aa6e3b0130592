import { EntityManager } from '@mikro-orm/postgresql';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleTokens } from './api-token.access';
import { ApiToken } from './api-token.entity';
import type { Viewer } from './viewer';

export function createAuthLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = viewer && visibleTokens(viewer, 'k');
  return { apiTokenById: new RowByIdLoader(em, ApiToken, 'k', visible ? (ids) => sql`k.id = any(${ids}) and ${visible}` : null) };
}
