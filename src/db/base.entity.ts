import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Integer id and timestamps every domain table has. */
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: 'id' | 'globalId' | 'createdAt' | 'updatedAt' | Optional;

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
