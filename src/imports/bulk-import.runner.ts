import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { auditActor } from '../audit-trail/audit-context';
import { viewerOfUser } from '../auth/authenticate';
import { Role } from '../auth/role';
import type { Clock } from '../common/clock';
import type { AppConfig } from '../config';
import { AuthedContext, jobContext } from '../context';
import { queryRows, sql } from '../db/sql';
import { EventBus, publishEvent } from '../events/event-bus';
import { DETECT_INCIDENTS_TASK } from '../kpis/kpi.enums';
import { BulkImportFormat, BulkImportStatus, FileEncoding } from './bulk-import.enums';
import { BULK_IMPORT_TASK } from './bulk-import.service';
import { CsvError } from 'csv-parse';
import { csvRecords, FileRecord, jsonLines } from './import-file';
import { columnsFor } from './import-mapping.service';
import { mapJsonLine, mapReportRow, OrderField, readHeader } from './order-rows';
import type { BatchImporter } from './batch-importer';
import { chatBatches } from './chat-batch';
import { ChatField, readChatHeader } from './chat-rows';
import { orderBatches } from './order-batch';
import type { Platform } from '../customers/platform';

/** What a job needs of the server it runs in. */
export interface JobDeps {
  orm: MikroORM;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  events: EventBus;
  /** Whether the server is stopping: a running import gives its job back at the next batch. */
  shuttingDown(): boolean;
}

/** Rows per transaction: small enough to commit often (progress, cancel, resume), large enough that a batch's few statements are not per row. */
const BATCH = 1000;

interface ImportRow {
  status: BulkImportStatus;
  shop_id: number;
  created_by_id: number;
  upload_id: string;
  format: BulkImportFormat;
  encoding: FileEncoding;
  platform: Platform;
  rows_read: number;
  cancel_requested_at: Date | null;
  timezone: string;
}

const ENDED = new Set([BulkImportStatus.COMPLETED, BulkImportStatus.FAILED, BulkImportStatus.CANCELLED]);

/** The order field an import's row error names, as the file's column. */
const FIELD_COLUMNS: Record<string, OrderField> = { platformOrderId: 'platformOrderId', customer: 'buyer', customerId: 'buyer', amount: 'amount', status: 'status', placedAt: 'placedAt', paidAt: 'paidAt' };

/**
 * Runs (or resumes) one bulk import: reads the upload as a stream, maps each row, and imports
 * batches through the same rules as `orderImport`, each batch in one transaction with its
 * progress and errors, so what the import reports is what is committed. A run after a crash
 * skips the rows already committed; a cancel is seen at the next batch.
 */
export async function runBulkImport(deps: JobDeps, id: number): Promise<void> {
  const em = deps.orm.em.fork();
  const now = () => deps.clock.now();
  const [row] = await queryRows<ImportRow>(em, sql`select b.*, s.timezone from bulk_imports b join shops s on s.id = b.shop_id where b.id = ${id}`);
  if (!row || ENDED.has(row.status)) return;
  const end = async (status: BulkImportStatus, failure: string | null = null) => {
    await deps.orm.em.fork().transactional(async (tx) => {
      await queryRows(tx, sql`update bulk_imports set status = ${status}, finished_at = ${now()}, failure = ${failure}, updated_at = ${now()} where id = ${id} and status in ('QUEUED', 'RUNNING')`);
      await queryRows(tx, sql`delete from bulk_import_order_ids where bulk_import_id = ${id}`); // needed only while it runs
      // The file holds buyers' data as the platform wrote it: once imported it is not kept (the rows' errors are).
      await queryRows(tx, sql`delete from upload_chunks where upload_id = ${row.upload_id}::uuid and not exists (select 1 from bulk_imports b where b.upload_id = ${row.upload_id}::uuid and b.id <> ${id} and b.status in ('QUEUED', 'RUNNING'))`);
      await publishEvent(tx, { topic: 'BULK_IMPORT_PROGRESS', shopId: row.shop_id, id });
      // The imported days may hold anomalies: judge them now, not at the next hourly run.
      if (status === BulkImportStatus.COMPLETED) {
        await queryRows(tx, sql`select graphile_worker.add_job(${DETECT_INCIDENTS_TASK}, json_build_object('shopId', ${row.shop_id}::int), job_key := ${`${DETECT_INCIDENTS_TASK}:${row.shop_id}`})`);
      }
    });
  };
  if (row.cancel_requested_at) return end(BulkImportStatus.CANCELLED);
  await queryRows(em, sql`update bulk_imports set status = 'RUNNING', started_at = coalesce(started_at, ${now()}), updated_at = ${now()} where id = ${id}`);

  const viewer = await viewerOfUser(em, row.created_by_id, `bulk-import:${id}`);
  if (!viewer || viewer.role !== Role.ADMIN || viewer.shopId !== row.shop_id) return end(BulkImportStatus.FAILED, 'The admin who started this import can no longer import orders.');
  const requestId = `bulk-import:${id}`;
  const ctx = jobContext(deps, deps.orm.em.fork(), viewer, requestId);

  const records = row.format === BulkImportFormat.JSONL ? jsonLines(em, row.upload_id, row.encoding) : csvRecords(em, row.upload_id, row.encoding);
  let importer: BatchImporter;
  if (row.format === BulkImportFormat.JSONL) {
    importer = orderBatches((record) => mapJsonLine(record.fields[0]), (field) => field ?? null);
  } else {
    const first = await records.next();
    if (first.done) return end(BulkImportStatus.FAILED, 'The file is empty.');
    if (row.format === BulkImportFormat.CHAT_RECORD_CSV) {
      const { columns } = await columnsFor<ChatField>(ctx, row.shop_id, row.format);
      const header = readChatHeader(first.value.fields, columns);
      if ('missing' in header) return end(BulkImportStatus.FAILED, `The file is not a chat-record export: its header lacks ${header.missing.join(', ')}.`);
      importer = chatBatches(header.index, columns, row.platform, row.timezone);
    } else {
      const { columns } = await columnsFor<OrderField>(ctx, row.shop_id, row.format);
      const header = readHeader(first.value.fields, columns);
      if ('missing' in header) return end(BulkImportStatus.FAILED, `The file is not a Taobao order report: its header lacks ${header.missing.join(', ')}.`);
      importer = orderBatches(
        (record) => mapReportRow(record.fields, header.index, columns, row.platform, row.timezone),
        (field) => (field && FIELD_COLUMNS[field] ? columns[FIELD_COLUMNS[field]] : (field ?? null)),
      );
    }
  }

  const actor = { shopId: row.shop_id, userId: row.created_by_id, apiTokenId: null, requestId };
  let committed = row.rows_read;
  const commit = async (batch: FileRecord[]) => {
    // The job fails this attempt and the queue runs it again, on this or another instance,
    // from the last committed batch: a server's shutdown does not wait for a whole file.
    if (deps.shuttingDown()) throw new Error('The server is stopping; the import goes on from its last committed batch.');
    const kept = await auditActor.run(actor, () => commitBatch(ctx, id, batch, importer, now(), batch[batch.length - 1].bytes, committed));
    committed += batch.length;
    return kept;
  };
  let skip = row.rows_read;
  let batch: FileRecord[] = [];
  try {
    for await (const record of records) {
      if (skip > 0) {
        skip -= 1;
        continue;
      }
      // A full batch is committed before the next row, where the format allows a cut.
      if (batch.length >= BATCH && importer.canCut(batch[batch.length - 1], record, batch.length)) {
        if (!(await commit(batch))) return;
        batch = [];
      }
      batch.push(record);
    }
    if (batch.length > 0 && !(await commit(batch))) return;
  } catch (error) {
    // A file that cannot be read on (bad quoting, bytes of no encoding) ends the import; what
    // was committed stays. Anything else (the database away) is the job's to retry.
    if (error instanceof CsvError) return end(BulkImportStatus.FAILED, `The file cannot be read past line ${error.lines ?? '?'}: ${error.message}`);
    throw error;
  }
  await end(BulkImportStatus.COMPLETED);
}

/**
 * Frees the jobs of imports that have not committed a batch for `staleSeconds` (their worker's
 * process died, and graphile-worker would keep its lock for hours): another worker takes them
 * and resumes after their last committed batch. Were the first worker only slow, the two runs
 * meet at the next batch, where the one that is behind stops.
 */
export async function reviveStalledImports(orm: MikroORM, staleSeconds: number): Promise<number> {
  const [row] = await queryRows<{ freed: number }>(
    orm.em.fork(),
    sql`with stalled as (
          select distinct j.locked_by from graphile_worker.jobs j join bulk_imports b on j.key = ${`${BULK_IMPORT_TASK}:`} || b.id
           where b.status = 'RUNNING' and b.updated_at < now() - make_interval(secs => ${staleSeconds}) and j.locked_by is not null)
        select count(*)::int as freed, graphile_worker.force_unlock_workers(array_agg(locked_by)) from stalled`,
  );
  return row.freed;
}

/** Ends an import whose job gave up (its last attempt failed on something other than the file): what was committed stays. */
export async function failBulkImport(deps: Pick<JobDeps, 'orm' | 'clock'>, id: number, reason: string): Promise<void> {
  const now = deps.clock.now();
  await queryRows(deps.orm.em.fork(), sql`update bulk_imports set status = 'FAILED', failure = ${reason}, finished_at = ${now}, updated_at = ${now} where id = ${id} and status in ('QUEUED', 'RUNNING')`);
}

/** One batch in one transaction; `false` when the import was cancelled (nothing of the batch written). */
async function commitBatch(ctx: AuthedContext, id: number, batch: FileRecord[], importer: BatchImporter, now: Date, bytesRead: number, rowsBefore: number): Promise<boolean> {
  // A fresh EntityManager per batch: the identity map holds one batch's rows, not the file's.
  return ctx.em.fork().transactional(async (em) => {
    const [state] = await queryRows<{ cancel_requested_at: Date | null; rows_read: number; status: BulkImportStatus }>(em, sql`select cancel_requested_at, rows_read, status from bulk_imports where id = ${id} for update`);
    // Another run got further (a worker thought dead was only slow, and both ran): this one stops.
    if (state.rows_read !== rowsBefore || state.status !== BulkImportStatus.RUNNING) return false;
    if (state.cancel_requested_at) {
      await queryRows(em, sql`update bulk_imports set status = 'CANCELLED', finished_at = ${now}, updated_at = ${now} where id = ${id}`);
      return false;
    }
    const { created, updated, unchanged, errors } = await importer.write(ctx, em, id, batch);
    if (errors.length > 0) {
      await queryRows(
        em,
        sql`insert into bulk_import_errors (bulk_import_id, line, "column", code, message)
            select ${id}, * from unnest(${errors.map((e) => e.line)}::int[], ${errors.map((e) => e.column)}::text[], ${errors.map((e) => e.code)}::text[], ${errors.map((e) => e.message)}::text[])`,
      );
    }
    const failed = new Set(errors.map((e) => e.line)).size;
    await queryRows(
      em,
      sql`update bulk_imports set rows_read = rows_read + ${batch.length}, created = created + ${created}, updated = updated + ${updated}, unchanged = unchanged + ${unchanged}, failed = failed + ${failed}, bytes_read = greatest(bytes_read, ${bytesRead}), updated_at = ${now} where id = ${id}`,
    );
    await publishEvent(em, { topic: 'BULK_IMPORT_PROGRESS', shopId: ctx.viewer.shopId, id });
    return true;
  });
}
