import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Platform } from '../customers/platform';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { BulkImportFormat, BulkImportStatus, FileEncoding } from './bulk-import.enums';
import { Upload } from './upload.entity';

/**
 * A file of orders imported in the background by the job queue, batch by batch, each batch in
 * its own transaction with its progress: what is counted here is what is committed.
 */
@Entity({ tableName: 'bulk_imports' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A bulk import of an uploaded file, running in the background: progress, counts and row errors.' })
export class BulkImport extends BaseEntity<'status' | 'rowsRead' | 'created' | 'updated' | 'unchanged' | 'failed' | 'startedAt' | 'finishedAt' | 'cancelRequestedAt' | 'failure' | 'ended' | 'bytesRead'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('BulkImport', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @ManyToOne(() => Upload, { ref: true, deleteRule: 'restrict' })
  upload: Ref<Upload>;

  @Field(() => BulkImportFormat, { description: 'What the file is.' })
  @Enum({ items: () => BulkImportFormat, nativeEnumName: 'bulk_import_format' })
  format: BulkImportFormat;

  @Field(() => FileEncoding, { description: 'The encoding asked for (AUTO: found from the bytes).' })
  @Enum({ items: () => FileEncoding, nativeEnumName: 'file_encoding' })
  encoding: FileEncoding;

  @Field(() => Platform, { description: 'The platform the file\'s buyers are on (a report does not say).' })
  @Enum({ items: () => Platform, nativeEnumName: 'platform' })
  platform: Platform;

  @Field(() => BulkImportStatus, { description: 'Where it stands.' })
  @Enum({ items: () => BulkImportStatus, nativeEnumName: 'bulk_import_status', default: BulkImportStatus.QUEUED })
  status: BulkImportStatus = BulkImportStatus.QUEUED;

  @Field(() => Int, { description: 'Data rows read and committed so far (header excluded).' })
  @Property({ type: 'integer', default: 0 })
  rowsRead: number = 0;

  @Field(() => Float, { description: 'Bytes of the file read so far (to the 1 MiB chunk), for the progress.' })
  @Property({ type: 'bigint', default: 0 })
  bytesRead: number = 0;

  @Field(() => Float, { description: 'Bytes of the file.' })
  @Property({ type: 'bigint' })
  totalBytes: number;

  @Field(() => Int, { description: 'Orders created.' })
  @Property({ type: 'integer', default: 0 })
  created: number = 0;

  @Field(() => Int, { description: 'Orders that existed and changed.' })
  @Property({ type: 'integer', default: 0 })
  updated: number = 0;

  @Field(() => Int, { description: 'Orders that existed exactly as the file has them: nothing written (the same file twice only counts here).' })
  @Property({ type: 'integer', default: 0 })
  unchanged: number = 0;

  @Field(() => Int, { description: 'Rows refused, each listed in `errors`.' })
  @Property({ type: 'integer', default: 0 })
  failed: number = 0;

  @Field(() => Date, { nullable: true, description: 'When a worker began it.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it completed, failed or was cancelled.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When a cancel was asked for; the worker stops after the batch it is on.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelRequestedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the file as a whole could not be imported (FAILED).' })
  @Property({ type: 'text', nullable: true })
  failure: string | null = null;

  @Field({ description: 'When it was started.' })
  createdAt: Date;

  /** A cancel asked for: one still queued ends at once; a running one ends after its batch. */
  requestCancel(now: Date): void {
    this.cancelRequestedAt = now;
    if (this.status === BulkImportStatus.QUEUED) this.end(BulkImportStatus.CANCELLED, now);
  }

  end(status: BulkImportStatus.COMPLETED | BulkImportStatus.FAILED | BulkImportStatus.CANCELLED, now: Date, failure: string | null = null): void {
    this.status = status;
    this.finishedAt = now;
    this.failure = failure;
  }

  /** Whether it has ended (nothing more will change). */
  get ended(): boolean {
    return this.status === BulkImportStatus.COMPLETED || this.status === BulkImportStatus.FAILED || this.status === BulkImportStatus.CANCELLED;
  }
}

/** One refused row of a bulk import: where in the file, which column, and why. */
@Entity({ tableName: 'bulk_import_errors' })
@Index({ properties: ['bulkImport', 'line', 'id'] })
@ObjectType({ simpleResolvers: true, description: 'A row of the file that was not imported.' })
export class BulkImportError {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @ManyToOne(() => BulkImport, { ref: true, deleteRule: 'cascade' })
  bulkImport: Ref<BulkImport>;

  @Field(() => Int, { description: 'Line number in the file (1 is the first line; a CSV header is line 1).' })
  @Property({ type: 'integer' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The file\'s column (its header) or the field the error is about.' })
  @Property({ type: 'text', nullable: true })
  column: string | null;

  @Field({ description: 'A UserErrorCode, e.g. INVALID_INPUT, DUPLICATE_ROW, NOT_FOUND.' })
  @Property({ type: 'text' })
  code: string;

  @Field({ description: 'What is wrong, to show.' })
  @Property({ type: 'text' })
  message: string;
}

/** An order id an import met, and on which line: how a later batch knows a duplicate (deleted when the import ends). */
@Entity({ tableName: 'bulk_import_order_ids' })
export class BulkImportOrderId {
  [PrimaryKeyProp]?: ['bulkImport', 'platformOrderId'];

  @ManyToOne(() => BulkImport, { primary: true, deleteRule: 'cascade' })
  bulkImport!: BulkImport;

  @PrimaryKey({ type: 'text' })
  platformOrderId!: string;

  @Property({ type: 'integer' })
  line!: number;
}
