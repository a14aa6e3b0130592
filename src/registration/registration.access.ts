import { FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import type { RegistrationEntry } from './registration-entry.entity';
import type { RegistrationSheet } from './registration-sheet.entity';

/** Sheets a viewer may see: customer service their own; the review department and admins all. */
export function visibleSheets(viewer: Viewer): FilterQuery<RegistrationSheet> | null {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return { shop: viewer.shopId };
    case Role.CUSTOMER_SERVICE:
      return { shop: viewer.shopId, author: viewer.userId };
    case Role.SALES:
      return null;
  }
}

/** Entries a viewer may see: those of the sheets they may see. */
export function visibleEntries(viewer: Viewer): FilterQuery<RegistrationEntry> | null {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return { shop: viewer.shopId };
    case Role.CUSTOMER_SERVICE:
      return { shop: viewer.shopId, sheet: { author: viewer.userId } };
    case Role.SALES:
      return null;
  }
}
