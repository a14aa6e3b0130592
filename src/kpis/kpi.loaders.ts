import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleShopKpis } from './kpi.access';
import { KpiIncident } from './kpi-incident.entity';
import { Promotion } from './promotion.entity';

export function createKpiLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = (alias: string) => viewer && visibleShopKpis(viewer, alias);
  const incidents = visible('i');
  const promotions = visible('p');
  return {
    kpiIncidentById: new RowByIdLoader(em, KpiIncident, 'i', incidents ? (ids) => sql`i.id = any(${ids}) and ${incidents}` : null),
    promotionById: new RowByIdLoader(em, Promotion, 'p', promotions ? (ids) => sql`p.id = any(${ids}) and ${promotions}` : null),
  };
}
