import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is changing data right now: set around each mutation, read by the trail writer. */
export interface AuditActor {
  shopId: number;
  userId: number | null;
  apiTokenId: number | null;
  requestId: string | null;
}

export const auditActor = new AsyncLocalStorage<AuditActor>();
