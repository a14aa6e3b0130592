import { BeforeCreate, BeforeUpdate, BigIntType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { SafeIntResolver } from 'graphql-scalars';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { ConsentStatus } from './consent-status';
import { CustomerStage } from './customer-stage';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { Platform } from './platform';
import { Reads } from '../db/read-columns';
import { handleKey } from './handle';
import { CustomerDataKey } from './customer-data-key.entity';

/** A buyer or prospect of the shop, known by a handle on one platform. */
@Entity({ tableName: 'customers' })
@Unique({ name: 'customers_shop_platform_handle_unique', properties: ['shop', 'platform', 'handleKey'] })
@Index({ name: 'customers_shop_created_idx', properties: ['shop', 'createdAt', 'id'] })
@Index({ name: 'customers_shop_updated_idx', properties: ['shop', 'updatedAt', 'id'] })
@Index({ name: 'customers_shop_display_name_idx', properties: ['shop', 'displayName', 'id'] })
@Index({ name: 'customers_shop_handle_idx', properties: ['shop', 'platformHandle', 'id'] })
@Index({ name: 'customers_owner_created_idx', properties: ['owner', 'createdAt', 'id'] })
@Index({ name: 'customers_shop_platform_idx', properties: ['shop', 'platform'] })
@Index({ name: 'customers_shop_stage_idx', properties: ['shop', 'stage'] })
@Index({ name: 'customers_shop_last_paid_idx', properties: ['shop', 'lastPaidAt', 'id'] })
@Index({ name: 'customers_shop_spent_idx', properties: ['shop', 'totalSpent'] })
@Index({ name: 'customers_shop_tier_idx', properties: ['shop', 'tier'] })
@Index({ name: 'customers_shop_erased_idx', properties: ['shop', 'erasedAt', 'id'] })
@Index({ name: 'customers_shop_phone_hash_idx', properties: ['shop', 'phoneHash'] })
@Index({ name: 'customers_shop_wechat_id_hash_idx', properties: ['shop', 'wechatIdHash'] })
@Index({ name: 'customers_tags_gin_idx', expression: 'create index "customers_tags_gin_idx" on "customers" using gin ("tags")' })
@Index({
  name: 'customers_search_trgm_idx',
  expression:
    'create index "customers_search_trgm_idx" on "customers" using gin ((coalesce("platform_handle", \'\') || \' \' || coalesce("display_name", \'\')) gin_trgm_ops)',
})
// Owned, not lost, nothing open: the compliance report's dropped customers.
@Index({
  name: 'customers_dropped_idx',
  expression:
    'create index "customers_dropped_idx" on "customers" ("shop_id", "id") where "owner_id" is not null and "stage" <> \'LOST\' and "open_follow_up_count" = 0',
})
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A buyer or prospect, known by a handle on one platform.' })
export class Customer extends BaseEntity<'handleKey' | 'version' | 'tags' | 'owner' | 'dataKey' | 'phoneSealed' | 'phoneMasked' | 'phoneHash' | 'wechatIdSealed' | 'wechatIdMasked' | 'wechatIdHash' | 'realNameSealed' | 'realNameMasked' | 'shippingDetailSealed' | 'erasedAt' | 'erasureReason' | 'erasedBy' | 'region' | 'notes' | 'stage' | 'convertedAt' | 'paidOrderCount' | 'totalSpent' | 'firstPaidAt' | 'lastPaidAt' | 'averageOrderValue' | 'tier' | 'marketingConsent' | 'shippingProvince' | 'shippingCity'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Customer', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field(() => Platform, { description: 'Where the customer is known.' })
  @Enum({ items: () => Platform, nativeEnumName: 'platform' })
  platform: Platform;

  @Field({ description: 'Name on the platform (Wangwang, WeChat name…) as it was typed; unique per shop and platform once invisible characters, full-width forms and surrounding spaces are set aside.' })
  @Property({ type: 'text' })
  platformHandle: string;

  /** `handleKey(platformHandle)`: what uniqueness and look-ups by handle compare. */
  @Property({ type: 'text' })
  handleKey: string;

  @BeforeCreate()
  @BeforeUpdate()
  keyHandle(): void {
    this.handleKey = handleKey(this.platformHandle);
  }

  @Field({ description: 'Name staff use for the customer.' })
  @Property({ type: 'text' })
  displayName: string;

  /**
   * The key this customer's personal values are sealed with (privacy/sealing.ts); none once
   * erased. Each contact detail is kept sealed, masked (what every role reads) and, for lookups,
   * as a keyed hash: never in clear.
   */
  @ManyToOne(() => CustomerDataKey, { ref: true, nullable: true, deleteRule: 'set null' })
  dataKey: Ref<CustomerDataKey> | null = null;

  @Property({ type: 'blob', nullable: true })
  phoneSealed: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  phoneMasked: string | null = null;

  /** HMAC of the normalized number under the shop's lookup key: duplicates and search by phone. */
  @Property({ type: 'blob', nullable: true })
  phoneHash: Buffer | null = null;

  @Property({ type: 'blob', nullable: true })
  wechatIdSealed: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  wechatIdMasked: string | null = null;

  @Property({ type: 'blob', nullable: true })
  wechatIdHash: Buffer | null = null;

  /** The real name, as on the parcel. */
  @Property({ type: 'blob', nullable: true })
  realNameSealed: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  realNameMasked: string | null = null;

  /** The shipping address: province and city (read as they are, they name no one) and the rest (sealed). */
  @Property({ type: 'text', nullable: true })
  shippingProvince: string | null = null;

  @Property({ type: 'text', nullable: true })
  shippingCity: string | null = null;

  @Property({ type: 'blob', nullable: true })
  shippingDetailSealed: Buffer | null = null;

  /** When the customer was erased (customerErase): pseudonymous from then on. */
  @Field(() => Date, { nullable: true, description: 'When the customer was erased: their personal data destroyed, their handle a pseudonym; orders and figures kept.' })
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;

  /** Why, as the admin gave it (or the retention rule); and who (null: the retention job). */
  @Field(() => String, { nullable: true, description: 'Why the customer was erased.' })
  @Property({ type: 'text', nullable: true })
  erasureReason: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  erasedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Region or city, e.g. "Zhejiang / Hangzhou".' })
  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Field(() => [String], { description: 'Free tags, e.g. "reseller", "bad-review", "out-of-stock".' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  tags: string[] = [];

  @Field(() => String, { nullable: true, description: 'Notes on the customer.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** The sales rep who owns the customer; null while in the shop's unowned pool. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  /** The membership tier the customer's paid orders earn (recomputed when they change). */
  @ManyToOne(() => MembershipTier, { ref: true, nullable: true, deleteRule: 'set null' })
  tier: Ref<MembershipTier> | null = null;

  @Field(() => CustomerStage, { description: 'Where the customer stands in the retention loop.' })
  @Enum({ items: () => CustomerStage, nativeEnumName: 'customer_stage', default: CustomerStage.REGISTERED })
  stage: CustomerStage = CustomerStage.REGISTERED;

  @Field(() => Date, { nullable: true, description: 'When a follow-up last ended with an order.' })
  @Property({ type: 'timestamptz', nullable: true })
  convertedAt: Date | null = null;

  // Order figures, kept exact by the order service on every order change.
  @Field(() => Int, { description: 'Paid orders (paid, shipped or received; not refunded or cancelled).' })
  @Property({ type: 'integer', default: 0 })
  paidOrderCount: number = 0;

  @Field(() => SafeIntResolver, { description: 'Total of paid orders, in minor units of the shop\'s currency.' })
  @Property({ type: new BigIntType('number'), default: 0 })
  totalSpent: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the first paid order was paid.' })
  @Property({ type: 'timestamptz', nullable: true })
  firstPaidAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the last paid order was paid.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastPaidAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Average paid order value, in minor units (null without paid orders).' })
  @Reads<Customer>('totalSpent', 'paidOrderCount')
  get averageOrderValue(): number | null {
    return this.paidOrderCount === 0 ? null : Math.round(this.totalSpent / this.paidOrderCount);
  }

  /**
   * Open follow-ups of the customer, kept by PostgreSQL triggers on follow_up_tasks (see the
   * migration). Lazy: never loaded into managed entities, never written by the ORM; read-only
   * rows (`db/rows.ts`) carry it.
   */
  @Property({ type: 'integer', default: 0, lazy: true })
  openFollowUpCount?: number;

  @Field(() => ConsentStatus, { description: 'Consent to marketing messages (consents has its history with evidence).' })
  @Enum({ items: () => ConsentStatus, nativeEnumName: 'consent_status', default: ConsentStatus.NONE })
  marketingConsent: ConsentStatus = ConsentStatus.NONE;

  @Field(() => Int, { description: 'Increases on every change; send it back with customerUpdate to detect concurrent edits.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** Records a change of marketing consent (the history row is written beside it). */
  recordConsent(granted: boolean): void {
    this.marketingConsent = granted ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN;
  }

  /** Asked again (a new inquiry or order registered): a customer who had left the loop re-enters it. */
  reenterLoop(): void {
    if (this.stage === CustomerStage.SCREENED_OUT || this.stage === CustomerStage.LOST || this.stage === CustomerStage.POOL) this.stage = CustomerStage.REGISTERED;
  }

  /** Handed to a rep (screening, transfer, a pool pick): followed up, unless already converted. */
  startFollowUp(): void {
    if (this.stage !== CustomerStage.CONVERTED) this.stage = CustomerStage.IN_FOLLOW_UP;
  }

  /** Screened by review: no intent. */
  screenOut(): void {
    this.stage = CustomerStage.SCREENED_OUT;
  }

  /** A follow-up ended with an order. */
  convert(now: Date): void {
    this.stage = CustomerStage.CONVERTED;
    this.convertedAt = now;
  }

  /** The loop ended: not interested, or retries ran out where the shop keeps no pool. */
  lose(): void {
    this.stage = CustomerStage.LOST;
  }

  /** Retries ran out and the shop keeps a pool: unowned (the ownership module moves the owner), for anyone to pick up. */
  returnToPool(): void {
    this.stage = CustomerStage.POOL;
  }

  /** Given to a rep from the pool: followed up again. */
  leavePool(): void {
    if (this.stage === CustomerStage.POOL) this.stage = CustomerStage.IN_FOLLOW_UP;
  }

  @Field({ description: 'When the customer was registered.' })
  createdAt: Date;

  @Field({ description: 'When the customer was last changed.' })
  updatedAt: Date;
}
