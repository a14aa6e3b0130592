import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleConversations } from './conversation.access';
import { Conversation } from './conversation.entity';

export function createConversationLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = viewer && visibleConversations(viewer, 'c');
  return { conversationById: new RowByIdLoader(em, Conversation, 'c', visible ? (ids) => sql`c.id = any(${ids}) and ${visible}` : null) };
}
