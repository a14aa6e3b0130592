import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Platform } from '../customers/platform';
import { ImportErrorPolicy, OrderReview, OrderStatus } from './order.enums';

@InputType({ description: 'The buyer of an imported order, by platform and handle (created if new).' })
export class OrderCustomerInput {
  @Field(() => Platform, { description: 'Where the buyer is known.' })
  platform: Platform;

  @Field({ description: 'The buyer\'s handle.' })
  platformHandle: string;

  @Field(() => String, { nullable: true, description: 'Name staff use (new customers).' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'The receiver\'s phone (new customers): kept sealed, read masked; one that is not a phone number is left out.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The receiver\'s real name (new customers): kept sealed.' })
  realName?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping province (new customers).' })
  shippingProvince?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping city (new customers).' })
  shippingCity?: string | null;

  @Field(() => String, { nullable: true, description: 'The rest of the shipping address (new customers): kept sealed.' })
  shippingDetail?: string | null;
}

/** One row of an import; checked row by row, so each wrong row gets its own error. */
@InputType({ description: 'One order of an import; importing the same platform order id again updates it.' })
export class OrderInput {
  @Field({ description: 'The platform\'s order number (1–64 characters), unique in the shop.' })
  platformOrderId: string;

  @Field(() => ID, { nullable: true, description: 'The buyer by id; or give `customer`.' })
  customerId?: string | null;

  @Field(() => OrderCustomerInput, { nullable: true, description: 'The buyer by platform and handle.' })
  customer?: OrderCustomerInput | null;

  @Field(() => Int, { description: 'Amount in minor units of the shop\'s currency (0 or more).' })
  amount: number;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  status: OrderStatus;

  @Field({ description: 'When it was placed.' })
  placedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid (defaults to placedAt for paid orders).' })
  paidAt?: Date | null;

  @Field(() => OrderReview, { nullable: true, description: 'The buyer\'s review, when left.' })
  review?: OrderReview | null;

  @Field(() => Boolean, { nullable: true, description: 'Part of the order was out of stock.' })
  outOfStock?: boolean | null;
}

@InputType({ description: 'Up to 1,000 orders, and what to do with wrong rows.' })
export class OrderImportInput {
  @Field(() => [OrderInput], { description: 'The orders (1–1,000).' })
  @ArrayMinSize(1, { message: 'Send at least one order.' })
  @ArrayMaxSize(1000, { message: 'At most 1,000 orders in one import.' })
  orders: OrderInput[];

  @Field(() => ImportErrorPolicy, { description: 'All or nothing, or the good rows.' })
  errorPolicy: ImportErrorPolicy;
}

@InputType({ description: 'Changes to one order. Omitted fields stay as they are.' })
export class OrderUpdateInput {
  @Field(() => OrderStatus, { nullable: true, description: 'New status (e.g. REFUNDED).' })
  status?: OrderStatus | null;

  @Field(() => Int, { nullable: true, description: 'Corrected amount.' })
  amount?: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was paid.' })
  paidAt?: Date | null;

  @Field(() => OrderReview, { nullable: true, description: 'The buyer\'s review.' })
  review?: OrderReview | null;

  @Field(() => Boolean, { nullable: true, description: 'Out of stock.' })
  outOfStock?: boolean | null;
}
