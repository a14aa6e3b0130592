import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { selectPage } from '../db/pages';
import { selectPlain } from '../db/rows';
import { queryRows, sql, Sql } from '../db/sql';
import { Platform } from '../customers/platform';
import { visibleImports } from './bulk-import.access';
import { BulkImport, BulkImportError } from './bulk-import.entity';
import type { BulkImportStartInput } from './bulk-import.inputs';

/** The job that runs an import (graphile-worker task name). */
export const BULK_IMPORT_TASK = 'bulk_import';

const refuse = (code: UserErrorCode, message: string, field: string[] = ['id']) => new DomainError(new UserError(code, message, field));

export class BulkImportService {
  private scope(ctx: AuthedContext, alias: string): Sql {
    const scope = visibleImports(ctx.viewer, alias);
    if (!scope) throw forbidden('Only admins import files.');
    return scope;
  }

  /**
   * Starts importing an upload: the import and its job are written in one transaction, so a
   * job never runs for an import that was rolled back, and an import never waits for no job.
   */
  async start(ctx: AuthedContext, input: BulkImportStartInput): Promise<{ bulkImport: BulkImport }> {
    this.scope(ctx, 'b');
    const [upload] = await queryRows<{ id: string; bytes: string; kept: boolean }>(
      ctx.em,
      sql`select u.id, u.bytes, u.bytes = 0 or exists (select 1 from upload_chunks c where c.upload_id = u.id) as kept from uploads u where u.id = ${input.uploadId}::uuid and u.shop_id = ${ctx.viewer.shopId}`,
    );
    if (!upload) throw refuse(UserErrorCode.NOT_FOUND, 'No such upload in your shop (POST the file to /uploads first).', ['input', 'uploadId']);
    if (!upload.kept) throw refuse(UserErrorCode.INVALID_INPUT, 'This upload\'s file was removed when its import ended (files of buyers\' data are not kept): upload it again.', ['input', 'uploadId']);
    const bulkImport = ctx.em.create(BulkImport, {
      shop: ctx.viewer.shopId,
      createdBy: ctx.viewer.userId,
      upload: upload.id,
      format: input.format,
      encoding: input.encoding,
      platform: input.platform ?? Platform.TAOBAO,
      totalBytes: Number(upload.bytes),
    });
    await ctx.em.flush();
    await queryRows(
      ctx.em,
      sql`select graphile_worker.add_job(${BULK_IMPORT_TASK}, json_build_object('id', ${bulkImport.id}::int), job_key := ${`${BULK_IMPORT_TASK}:${bulkImport.id}`}, max_attempts := 5)`,
    );
    return { bulkImport };
  }

  /** Asks a running import to stop after its current batch; one still queued stops at once. */
  async cancel(ctx: AuthedContext, globalId: string): Promise<{ bulkImport: BulkImport }> {
    const id = idOf(globalId, 'BulkImport');
    const scope = this.scope(ctx, 'b');
    const [row] = id === null ? [] : await queryRows<{ id: number }>(ctx.em, sql`select b.id from bulk_imports b where b.id = ${id} and ${scope} for update`);
    if (!row) throw notFound('Bulk import');
    const bulkImport = await ctx.em.findOneOrFail(BulkImport, { id: row.id });
    if (bulkImport.ended) throw refuse(UserErrorCode.NOT_ALLOWED, `This import has ended (${bulkImport.status}); there is nothing to cancel.`);
    bulkImport.requestCancel(ctx.clock.now());
    await ctx.em.flush();
    return { bulkImport };
  }

  /** An import as it is now (a subscription's event), if the viewer may see it. */
  async loadFresh(ctx: AuthedContext, id: number): Promise<BulkImport | null> {
    const scope = visibleImports(ctx.viewer, 'b');
    const [row] = scope ? await selectPlain(ctx.em, BulkImport, 'b', sql`b.id = ${id} and ${scope}`) : [];
    return row ?? null;
  }

  list(ctx: AuthedContext, args: PageArgs): Promise<Page<BulkImport>> {
    return selectPage(ctx.em, BulkImport, 'b', this.scope(ctx, 'b'), { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  /** The refused rows of an import the viewer may see, in file order. */
  errors(ctx: AuthedContext, bulkImportId: number, args: PageArgs): Promise<Page<BulkImportError>> {
    const where = sql`e.bulk_import_id = ${bulkImportId} and exists (select 1 from bulk_imports b where b.id = e.bulk_import_id and ${this.scope(ctx, 'b')})`;
    return selectPage(ctx.em, BulkImportError, 'e', where, { property: 'line', direction: SortDirection.ASC }, args);
  }
}

export const bulkImportService = new BulkImportService();
