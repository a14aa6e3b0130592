import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { byIdLoader } from '../common/loader';
import { visibleEntries, visibleSheets } from './registration.access';
import { RegistrationEntry } from './registration-entry.entity';
import { RegistrationSheet } from './registration-sheet.entity';

export function createRegistrationLoaders(em: EntityManager, viewer: Viewer | null) {
  const sheets = viewer ? visibleSheets(viewer) : null;
  const entries = viewer ? visibleEntries(viewer) : null;
  return {
    registrationSheetById: byIdLoader((ids) => (sheets ? findPlain(em, RegistrationSheet, { $and: [{ id: { $in: ids } }, sheets] }) : Promise.resolve([]))),
    registrationEntryById: byIdLoader((ids) => (entries ? findPlain(em, RegistrationEntry, { $and: [{ id: { $in: ids } }, entries] }) : Promise.resolve([]))),
  };
}
