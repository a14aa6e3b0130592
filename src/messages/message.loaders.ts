import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleMessages, visibleTemplates } from './message.access';
import { Message } from './message.entity';
import { MessageTemplate } from './message-template.entity';

export function createMessageLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = viewer && visibleTemplates(viewer, 't');
  return {
    messageTemplateById: new RowByIdLoader(em, MessageTemplate, 't', visible ? (ids) => sql`t.id = any(${ids}) and ${visible}` : null),
    messageById: new RowByIdLoader(em, Message, 'm', viewer ? (ids) => sql`m.id = any(${ids}) and ${visibleMessages(viewer, 'm')}` : null),
  };
}
