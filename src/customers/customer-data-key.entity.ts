import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity';

/**
 * A customer's data key, wrapped by the shop's key of a version (privacy/key-provider.ts): the
 * key their personal values are sealed with. Deleting it (erasure) leaves those values, here and
 * in the audit trail, unreadable.
 */
@Entity({ tableName: 'customer_data_keys' })
@Index({ properties: ['shop', 'shopKeyVersion'] })
export class CustomerDataKey {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop!: Ref<Shop>;

  /** The data key, encrypted with the shop key of `shopKeyVersion`. */
  @Property({ type: 'blob' })
  wrapped!: Buffer;

  @Property({ type: 'integer' })
  shopKeyVersion!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
