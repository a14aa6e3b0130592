import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleTemplates } from './message.access';
import { MessageTemplate } from './message-template.entity';

export function createMessageLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = viewer && visibleTemplates(viewer, 't');
  return { messageTemplateById: new RowByIdLoader(em, MessageTemplate, 't', visible ? (ids) => sql`t.id = any(${ids}) and ${visible}` : null) };
}
