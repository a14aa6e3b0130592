import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { groupLoader, RowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { sql } from '../db/sql';
import { visibleWebhooks } from './webhook.access';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDelivery, WebhookEvent } from './webhook-event.entity';

export function createWebhookLoaders(em: EntityManager, viewer: Viewer | null) {
  const endpoints = viewer && visibleWebhooks(viewer, 'e');
  const events = viewer && visibleWebhooks(viewer, 'ev');
  return {
    webhookEndpointById: new RowByIdLoader(em, WebhookEndpoint, 'e', endpoints ? (ids) => sql`e.id = any(${ids}) and ${endpoints}` : null),
    webhookEventById: new RowByIdLoader(em, WebhookEvent, 'ev', events ? (ids) => sql`ev.id = any(${ids}) and ${events}` : null),
    deliveriesByEventId: groupLoader(
      (eventIds) =>
        viewer && events
          ? selectPlain(em, WebhookDelivery, 'd', sql`d.event_id = any(${eventIds}) and d.event_id in (select ev.id from webhook_events ev where ev.id = any(${eventIds}) and ${events})`, { orderBy: sql`d.id` })
          : Promise.resolve([]),
      (delivery) => delivery.event.id,
    ),
  };
}
