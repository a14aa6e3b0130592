import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';
import { Shop } from '../shops/shop.entity';
import { BulkImportFormat } from './bulk-import.enums';

/** A shop's own header names for a report format (its export's columns renamed or translated), in place of the built-in ones. */
@Entity({ tableName: 'import_mappings' })
@Unique({ properties: ['shop', 'format'] })
export class ImportMapping extends BaseEntity {
  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Enum({ items: () => BulkImportFormat, nativeEnumName: 'bulk_import_format' })
  format: BulkImportFormat;

  /** The header of each field of the format (order fields, or chat-record fields). */
  @Property({ type: 'jsonb' })
  columns: Record<string, string>;
}
