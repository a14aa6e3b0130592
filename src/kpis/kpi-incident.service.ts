import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { selectPage } from '../db/pages';
import { selectPlain } from '../db/rows';
import { queryRows, sql } from '../db/sql';
import { publishEvent } from '../events/event-bus';
import { incidentsOf } from './anomaly';
import { KPI_DEFINITIONS } from './kpi-definitions';
import { KpiGranularity } from './kpi.enums';
import { visibleShopKpis } from './kpi.access';
import { addDays } from './kpi-periods';
import { figuresBy, judgeDays, kpiService, localDay } from './kpi.service';
import { KpiIncident } from './kpi-incident.entity';
import type { KpiIncidentAcknowledgeInput } from './kpi.inputs';
import { promotionService } from './promotion.service';

/** Days back the detection job looks at each run (incidents ending earlier are left as they are). */
export const DETECTION_DAYS = 90;

export class KpiIncidentService {
  /**
   * Judges the shop's daily sales KPIs over the last `DETECTION_DAYS` complete days and stores
   * each run of flagged days as an incident (an incident that grew is extended); new incidents
   * are announced on commit. Returns how many were new.
   */
  async detect(em: EntityManager, shopId: number, now: Date): Promise<number> {
    const [shop] = await queryRows<{ timezone: string }>(em, sql`select timezone from shops where id = ${shopId}`);
    if (!shop) return 0;
    const today = localDay(now, shop.timezone);
    const from = addDays(today, -DETECTION_DAYS);
    const history = addDays(from, -70);
    const [sales, promotions] = await Promise.all([
      kpiService.salesFigures(em, shopId, KpiGranularity.DAY, history, today),
      promotionService.daysBetween({ em, viewer: { shopId } as AuthedContext['viewer'] }, history, today),
    ]);
    const figuresOf = figuresBy(sales.rows);
    const found = KPI_DEFINITIONS.filter((d) => d.watched).flatMap((definition) =>
      incidentsOf([...judgeDays(definition, figuresOf, sales.firstDay, from, today, today, promotions).values()]).map((incident) => {
        const worst = incident.days.reduce((a, b) => (Math.abs(b.status === 'ANOMALY' ? b.robustZ : 0) > Math.abs(a.status === 'ANOMALY' ? a.robustZ : 0) ? b : a));
        return { kpi: definition.key, first: incident.from, last: incident.to, worst };
      }),
    );
    if (found.length === 0) return 0;
    return em.fork().transactional(async (tx) => {
      let opened = 0;
      for (const { kpi, first, last, worst } of found) {
        if (worst.status !== 'ANOMALY') continue;
        const [row] = await queryRows<{ id: number; inserted: boolean }>(
          tx,
          sql`insert into kpi_incidents (shop_id, kpi, first_day, last_day, worst_day, value, expected, low, high, robust_z, method)
              values (${shopId}, ${kpi}, ${first}::date, ${last}::date, ${worst.day}::date, ${worst.value}, ${worst.expected}, ${worst.low}, ${worst.high}, ${worst.robustZ}, ${worst.method})
              on conflict (shop_id, kpi, first_day) do update
                set last_day = excluded.last_day, worst_day = excluded.worst_day, value = excluded.value, expected = excluded.expected,
                    low = excluded.low, high = excluded.high, robust_z = excluded.robust_z, method = excluded.method, updated_at = now()
                where (kpi_incidents.last_day, kpi_incidents.robust_z) is distinct from (excluded.last_day, excluded.robust_z)
              returning id, (xmax = 0) as inserted`,
        );
        if (row?.inserted) {
          opened += 1;
          await publishEvent(tx, { topic: 'KPI_INCIDENT_OPENED', shopId, id: row.id });
        }
      }
      return opened;
    });
  }

  list(ctx: AuthedContext, acknowledged: boolean | null | undefined, args: PageArgs): Promise<Page<KpiIncident>> {
    const scope = visibleShopKpis(ctx.viewer, 'i');
    if (!scope) throw forbidden('Admins and reviewers read KPI incidents.');
    const filter = acknowledged === true ? sql`and i.acknowledged_at is not null` : acknowledged === false ? sql`and i.acknowledged_at is null` : sql``;
    return selectPage(ctx.em, KpiIncident, 'i', sql`${scope} ${filter}`, { property: 'lastDay', direction: SortDirection.DESC }, args);
  }

  async acknowledge(ctx: AuthedContext, input: KpiIncidentAcknowledgeInput): Promise<{ incident: KpiIncident }> {
    if (!visibleShopKpis(ctx.viewer, 'i')) throw forbidden('Admins and reviewers acknowledge KPI incidents.');
    const note = input.note.trim();
    if (note.length < 1 || note.length > 500) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'The note must be 1–500 characters.', ['input', 'note']));
    const id = idOf(input.id, 'KpiIncident');
    const incident = id === null ? null : await ctx.em.findOne(KpiIncident, { id, shop: ctx.viewer.shopId });
    if (!incident) throw notFound('KPI incident', ['input', 'id']);
    if (incident.acknowledgedAt) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'This incident was acknowledged already.', ['input', 'id']));
    incident.acknowledge(ctx.viewer.userId, note, ctx.clock.now());
    await ctx.em.flush();
    return { incident };
  }

  /** An incident as it is now (a subscription's event), if the viewer may see it. */
  async loadFresh(ctx: AuthedContext, id: number): Promise<KpiIncident | null> {
    const scope = visibleShopKpis(ctx.viewer, 'i');
    const [row] = scope ? await selectPlain(ctx.em, KpiIncident, 'i', sql`i.id = ${id} and ${scope}`) : [];
    return row ?? null;
  }
}

export const kpiIncidentService = new KpiIncidentService();
