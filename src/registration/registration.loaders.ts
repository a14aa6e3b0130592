import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleEntries, visibleSheets } from './registration.access';
import { RegistrationEntry } from './registration-entry.entity';
import { RegistrationSheet } from './registration-sheet.entity';

export function createRegistrationLoaders(em: EntityManager, viewer: Viewer | null) {
  const sheets = viewer && visibleSheets(viewer, 's');
  const entries = viewer && visibleEntries(viewer, 'e');
  return {
    registrationSheetById: new RowByIdLoader(em, RegistrationSheet, 's', sheets ? (ids) => sql`s.id = any(${ids}) and ${sheets}` : null),
    registrationEntryById: new RowByIdLoader(em, RegistrationEntry, 'e', entries ? (ids) => sql`e.id = any(${ids}) and ${entries}` : null),
  };
}
