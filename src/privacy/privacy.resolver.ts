import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { RegistrationEntry } from '../registration/registration-entry.entity';
import { User } from '../users/user.entity';
import { ContactAccess } from './contact-access.entity';
import { maskAddress } from './masking';
import { ContactField, UnmaskPurpose } from './privacy.enums';
import { privacyService } from './privacy.service';
import { exportCustomerData } from './data-export';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Platform } from '../customers/platform';
import { rotateShopKey } from './data-keys';
import { eraseCustomer } from './erasure';

@ObjectType({ description: 'Result of customerContactUnmask.' })
class ContactUnmaskPayload {
  @Field(() => ContactField, { nullable: true, description: 'The field unmasked.' })
  field?: ContactField;

  @Field(() => String, { nullable: true, description: 'Its clear value (null: the customer has none). This use is in the access log.' })
  value?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was unmasked; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Which uses of contact details to list.' })
class ContactAccessFilter {
  @Field(() => ID, { nullable: true, description: 'By this staff member.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this customer.' })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the refused attempts (who went over the daily cap).' })
  refusedOnly?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null;
}

@ObjectType({ description: 'Result of customerDataExport.' })
class CustomerDataExportPayload {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Everything held about the customer, in clear: the customer row, consents, orders, coupons, follow-ups, registration entries, conversations, messages, ownership and tier changes, and the access log.' })
  document?: Record<string, unknown>;

  @Field(() => [UserError], { description: 'Why nothing was exported; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of shopDataKeyRotate.' })
class ShopDataKeyRotatePayload {
  @Field(() => Int, { nullable: true, description: 'The shop key version now current.' })
  version?: number;

  @Field(() => Int, { nullable: true, description: 'Customer data keys wrapped again with it (the data sealed under them is untouched).' })
  rewrapped?: number;

  @Field(() => [UserError], { description: 'Why nothing was rotated; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'A customer the shop already has that a new registration may be: same handle, or same phone number.' })
class CustomerMatch {
  @Field(() => Customer, { description: 'The customer.' })
  customer: Customer;

  @Field(() => [String], { description: 'What matched: HANDLE (the same handle on the platform, spelt any way) and/or PHONE (the same number, by its keyed hash).' })
  matchedBy: string[];
}

@ObjectType({ description: 'Result of customerErase.' })
class CustomerErasePayload {
  @Field(() => Customer, { nullable: true, description: 'The customer as erased: a pseudonym, no personal data, orders and figures kept.' })
  customer?: Customer;

  @Field(() => [UserError], { description: 'Why nothing was erased (LEGAL_HOLD with the reason, ALREADY_ERASED…); empty on success.' })
  userErrors: UserError[];
}

const ContactAccessConnection = Connection(ContactAccess, 'ContactAccess', 'use of a contact detail');
const ErasedCustomerConnection = Connection(Customer, 'ErasedCustomer', 'erased customer');

@Resolver(() => ContactAccess)
export class ContactAccessResolver {
  @Authorized(Role.ADMIN, Role.SALES, Role.CUSTOMER_SERVICE)
  @Mutation(() => ContactUnmaskPayload, { description: 'One contact detail of a customer you serve, in clear, for a stated purpose; logged for the review department, capped per day.' })
  async customerContactUnmask(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('field', () => ContactField, { description: 'Which detail.' }) field: ContactField,
    @Arg('purpose', () => UnmaskPurpose, { description: 'Why you need it.' }) purpose: UnmaskPurpose,
    @Ctx() ctx: Context,
  ) {
    const result = await runMutation(ctx, undefined, (tx) => privacyService.unmask(tx, customerId, field, purpose));
    if (result.refusal) return { userErrors: [result.refusal] };
    return { field, value: result.value ?? null, userErrors: result.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CustomerDataExportPayload, { description: 'Everything the shop holds about a customer as one JSON document, for the shop to hand over to them; each contact detail in it is logged (DATA_EXPORT).' })
  customerDataExport(@Arg('id', () => ID, { description: 'The customer.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => exportCustomerData(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CustomerErasePayload, { description: 'Erases a customer (the right to be forgotten): their data key is destroyed, so nothing sealed with it can be read again, here or in the audit trail; their handle and name become a pseudonym; orders, coupons, follow-ups and figures keep their counts and sums. Refused with LEGAL_HOLD while an unpaid order, an open after-sales case or the shop\'s hold period after the last order applies.' })
  customerErase(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (the customer\'s request, a retention rule…), 3 to 500 characters; kept in the trail.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, undefined, async (tx) => {
      const { customerId } = await eraseCustomer(tx, id, reason);
      return { customer: await tx.em.findOneOrFail(Customer, { id: customerId }, { refresh: true }) };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShopDataKeyRotatePayload, { description: 'Rotates the shop key: a new version becomes current and every customer data key is wrapped again with it, in one transaction. The personal data sealed under the data keys is not re-encrypted.' })
  shopDataKeyRotate(@Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => rotateShopKey(tx.em, tx.viewer.shopId));
  }

  @Authorized(Role.ADMIN, Role.CUSTOMER_SERVICE, Role.SALES)
  @Query(() => [CustomerMatch], { description: 'Customers you may read that a registration would duplicate: the same handle on the platform, or the same phone number (exact, by keyed hash). For the warning while typing.' })
  customerMatches(
    @Arg('platform', () => Platform, { description: 'The platform of the handle.' }) platform: Platform,
    @Arg('platformHandle', () => String, { nullable: true, description: 'The handle typed.' }) platformHandle: string | undefined,
    @Arg('phone', () => String, { nullable: true, description: 'The phone number typed.' }) phone: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return privacyService.matches(requireViewer(ctx), platform, platformHandle ?? null, phone ?? null);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => ErasedCustomerConnection, { description: 'The erasure register: erased customers, newest first, with when, why and by whom (null: the retention rule). What the retention job erased is here.' })
  customerErasures(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return privacyService.erasures(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => ContactAccessConnection, { description: 'Every use of a customer\'s clear contact details, newest first: unmasks (granted or refused) and hand-overs to the sender.' })
  contactAccessLog(
    @Arg('filter', () => ContactAccessFilter, { nullable: true, description: 'Which uses.' }) filter: ContactAccessFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return privacyService.log(requireViewer(ctx), filter, page);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who (null: the system, handing a message to the sender).' })
  @Reads<ContactAccess>('user')
  user(@Root() access: ContactAccess, @Ctx() ctx: Context) {
    return access.user ? requireViewer(ctx).loaders.userById.load(access.user.id) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Whose detail.' })
  @Reads<ContactAccess>('customer')
  customer(@Root() access: ContactAccess, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.customerById.load(access.customer.id);
  }
}

/** A customer's contact details as every role reads them: masked, as stored beside the sealed value (customerContactUnmask gives one in clear). */
@Resolver(() => Customer)
export class CustomerContactResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Phone number, masked (138****0000); customerContactUnmask gives it in clear.' })
  @Reads<Customer>('phoneMasked')
  phone(@Root() customer: Customer) {
    return customer.phoneMasked;
  }

  @FieldResolver(() => String, { nullable: true, description: 'WeChat id, masked (wx_***89).' })
  @Reads<Customer>('wechatIdMasked')
  wechatId(@Root() customer: Customer) {
    return customer.wechatIdMasked;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Real name as on the parcel, masked (张**).' })
  @Reads<Customer>('realNameMasked')
  realName(@Root() customer: Customer) {
    return customer.realNameMasked;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who erased the customer (null: not erased, or the retention rule).' })
  @Reads<Customer>('erasedBy')
  erasedBy(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.erasedBy ? requireViewer(ctx).loaders.userById.load(customer.erasedBy.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Shipping address, masked to province and city.' })
  @Reads<Customer>('shippingProvince', 'shippingCity', 'shippingDetailSealed')
  shippingAddress(@Root() customer: Customer) {
    return maskAddress(customer.shippingProvince, customer.shippingCity, customer.shippingDetailSealed ? '*' : null);
  }
}

/** A registration entry's contact details, masked as the customer's are. */
@Resolver(() => RegistrationEntry)
export class RegistrationEntryContactResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Phone given at registration, masked (138****0000).' })
  @Reads<RegistrationEntry>('contactPhoneMasked')
  contactPhone(@Root() entry: RegistrationEntry) {
    return entry.contactPhoneMasked;
  }

  @FieldResolver(() => String, { nullable: true, description: 'WeChat id given at registration, masked.' })
  @Reads<RegistrationEntry>('contactWechatMasked')
  contactWechat(@Root() entry: RegistrationEntry) {
    return entry.contactWechatMasked;
  }
}
