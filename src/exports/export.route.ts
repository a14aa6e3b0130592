import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { viewerNow } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { refuseRequest } from '../common/http-json';
import { mayExport } from './export.access';
import { openGrant } from './export-link';
import { exportTables, type RunQuery } from './export-tables';
import { EXPORT_TYPES, exportFileName, writeExport } from './export-writers';

export interface ExportRouteOptions {
  secret: string;
  clock: Clock;
  logger: Logger;
  em(): EntityManager;
  /** Reads through the GraphQL schema as `viewer`: the export shows what the API would show them. */
  runAs(viewer: Viewer): RunQuery;
}

/**
 * `GET /exports/{token}`: the file an export link stands for. No Authorization header is needed
 * (auditors' tools fetch the link as it is), but the link works only until it expires, only
 * while the session or API token that made it is open, and only while its maker still may
 * export: each is checked when the link is used.
 */
export function exportRoute(options: ExportRouteOptions): RequestHandler {
  return async (req, res) => {
    const now = options.clock.now();
    const grant = openGrant(String(req.params.token), options.secret, now);
    if (!grant) return refuseRequest(res, 403, 'LINK_EXPIRED', 'This export link is not valid or has expired; make a new one.');
    const viewer = await viewerNow(options.em(), grant, now);
    if (!viewer || viewer.shopId !== grant.shopId) return refuseRequest(res, 403, 'UNAUTHENTICATED', 'The session or API token this link was made with has ended.');
    if (!mayExport(viewer)) return refuseRequest(res, 403, 'FORBIDDEN', 'The review department and admins export these files.');
    const tables = exportTables(grant, options.runAs(viewer));
    // The first table's first page is read before the answer starts, so a refusal is still a clean 403.
    const [first, ...rest] = tables;
    const firstPages = first.rows();
    let head: IteratorResult<unknown>;
    try {
      head = await firstPages.next();
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return refuseRequest(res, code === 'FORBIDDEN' ? 403 : 404, code, (error as Error).message);
      throw error;
    }
    const replay = { ...first, rows: async function* () { if (!head.done) yield head.value as never; yield* firstPages; } };
    res.statusCode = 200;
    res.setHeader('content-type', EXPORT_TYPES[grant.format].contentType);
    res.setHeader('content-disposition', `attachment; filename="${exportFileName(grant)}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      await writeExport(grant.format, res, [replay, ...rest], grant.language);
      options.logger.info({ userId: viewer.userId, kind: grant.kind, format: grant.format }, 'export downloaded');
    } catch (error) {
      // Part of the file went out: the download is cut so it cannot pass for a whole one.
      options.logger.error({ err: error }, 'export failed while streaming');
      res.destroy();
    }
  };
}
