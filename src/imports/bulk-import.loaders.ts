import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleImports } from './bulk-import.access';
import { BulkImport } from './bulk-import.entity';

export function createImportLoaders(em: EntityManager, viewer: Viewer | null) {
  const visible = viewer && visibleImports(viewer, 'b');
  return { bulkImportById: new RowByIdLoader(em, BulkImport, 'b', visible ? (ids) => sql`b.id = any(${ids}) and ${visible}` : null) };
}
