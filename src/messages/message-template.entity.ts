import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { MessageChannel } from './message.enums';

/** A message the shop sends, with variables filled per customer; checked when saved. */
@Entity({ tableName: 'message_templates' })
@Unique({ name: 'message_templates_shop_name_unique', properties: ['shop', 'name'] })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A message template: channel, body with variables, signature.' })
export class MessageTemplate extends BaseEntity<'signed' | 'archivedAt'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('MessageTemplate', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Its name in the shop (unique).' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => MessageChannel, { description: 'How it is sent.' })
  @Enum({ items: () => MessageChannel, nativeEnumName: 'message_channel' })
  channel: MessageChannel;

  @Field({ description: 'The text, with variables such as {{customer.displayName}}.' })
  @Property({ type: 'text' })
  body: string;

  @Field({ description: 'SMS: the shop\'s signature 【店铺名】 goes in front (regulators expect it).' })
  @Property({ type: 'boolean', default: true })
  signed: boolean = true;

  @Field(() => Date, { nullable: true, description: 'When it was archived (no new sends use it).' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  edit(values: { name: string; channel: MessageChannel; body: string; signed: boolean }): void {
    Object.assign(this, values);
  }

  archive(at: Date): void {
    this.archivedAt ??= at;
  }
}
