import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { csvField } from '../common/csv';
import { idOf } from '../common/relay';
import { queryRows, sql } from '../db/sql';
import { refuseRequest } from '../common/http-json';
import { CallerOf, signedInCaller } from './route-caller';
import { visibleImports } from './bulk-import.access';

const PAGE = 1000;

/**
 * `GET /bulk-imports/{id}/errors.csv`: the import's refused rows as CSV (UTF-8 with a BOM, so
 * spreadsheets read the Chinese headers), for the admins who may see the import; written page by
 * page, so memory stays bounded whatever the number of errors.
 */
export function importErrorsRoute(options: { orm: MikroORM; callerOf: CallerOf }): RequestHandler {
  return async (req, res) => {
    const viewer = await signedInCaller(req, res, options.callerOf);
    if (!viewer) return;
    const scope = visibleImports(viewer, 'b');
    const id = idOf(String(req.params.id), 'BulkImport');
    const em = options.orm.em.fork();
    const [found] = scope && id !== null ? await queryRows<{ id: number }>(em, sql`select b.id from bulk_imports b where b.id = ${id} and ${scope}`) : [];
    if (!found) return refuseRequest(res, 404, 'NOT_FOUND', 'No such bulk import that you may see.');
    res.statusCode = 200;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="bulk-import-${String(req.params.id).replace(/[^\w-]/g, '')}-errors.csv"`);
    res.write('\uFEFFline,column,code,message\r\n');
    let after = { line: 0, id: 0 };
    for (;;) {
      const rows = await queryRows<{ id: number; line: number; column: string | null; code: string; message: string }>(
        em,
        sql`select id, line, "column", code, message from bulk_import_errors where bulk_import_id = ${found.id} and (line, id) > (${after.line}, ${after.id}) order by line, id limit ${PAGE}`,
      );
      if (rows.length === 0) break;
      const text = rows.map((r) => [r.line, r.column, r.code, r.message].map(csvField).join(',')).join('\r\n') + '\r\n';
      // A client that hung up stops the download (no 'drain' would ever come).
      if (!res.write(text)) await new Promise((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
      if (res.destroyed) return;
      const last = rows[rows.length - 1];
      after = { line: last.line, id: last.id };
      if (rows.length < PAGE) break;
    }
    res.end();
  };
}
