import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleWebhooks } from './webhook.access';
import { webhookService } from './webhook.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDelivery, WebhookEvent } from './webhook-event.entity';

export function createWebhookLoaders(em: EntityManager, viewer: Viewer | null) {
  const endpoints = viewer && visibleWebhooks(viewer, 'e');
  const events = viewer && visibleWebhooks(viewer, 'ev');
  return {
    webhookEndpointById: new RowByIdLoader(em, WebhookEndpoint, 'e', endpoints ? (ids) => sql`e.id = any(${ids}) and ${endpoints}` : null),
    webhookEventById: new RowByIdLoader(em, WebhookEvent, 'ev', events ? (ids) => sql`ev.id = any(${ids}) and ${events}` : null),
    deliveriesByEventId: new DataLoader<number, WebhookDelivery[]>((ids) => (viewer && events ? webhookService.deliveriesOf({ em, viewer }, ids) : Promise.resolve(ids.map(() => [])))),
  };
}
