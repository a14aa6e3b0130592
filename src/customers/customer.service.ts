import { handleKey } from './handle';
import { ContactInput, phoneLookupHash, wechatLookupHash, writeCustomerContacts } from '../privacy/contacts';
import { normalizedPhone } from '../privacy/sealing';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { registeredEvent } from './buyer-lookup';
import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { Page, PageArgs, Selection, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { pageIncludes } from '../db/page-include';
import type { OperationFields } from '../db/read-columns';
import { sql, Sql } from '../db/sql';
import { idOf, requireIdOf, toGlobalId } from '../common/relay';
import { badUserInput, DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { teamMembers, worksFor } from '../users/team-reach';
import { userService } from '../users/user.service';
import { lifecycleSql, valueSql } from '../segments/segment';
import { canEditCustomer, readableCustomerFilter, readableCustomers } from './customer.access';
import { Customer } from './customer.entity';
import { CustomerCreateInput, CustomerFilter, CustomerOrderBy, CustomerOrderField, CustomerUpdateInput } from './customer.inputs';

const SORT_PROPERTY: Record<CustomerOrderField, keyof Customer & string> = {
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  DISPLAY_NAME: 'displayName',
  PLATFORM_HANDLE: 'platformHandle',
};

const DEFAULT_ORDER: CustomerOrderBy = { field: CustomerOrderField.CREATED_AT, direction: SortDirection.DESC };

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** Trims optional text; empty becomes null. */
function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function cleanTags(tags: string[] | null | undefined): string[] | undefined {
  if (tags === undefined) return undefined;
  return [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** The contact details of a create or update input, cleaned as the other text fields are. */
function contactsOf(input: { phone?: string | null; wechatId?: string | null; realName?: string | null; shippingDetail?: string | null }): ContactInput {
  const clean = (value: string | null | undefined) => (value === undefined ? undefined : (cleanText(value) ?? null));
  return { phone: input.phone === undefined ? undefined : input.phone || null, wechatId: clean(input.wechatId), realName: clean(input.realName), shippingDetail: clean(input.shippingDetail) };
}

export class CustomerService {
  /** One customer the viewer may read, or null (also for other shops' and malformed ids). */
  async get(ctx: AuthedContext, globalId: string): Promise<Customer | null> {
    const id = idOf(globalId, 'Customer');
    return id === null ? null : ctx.loaders.customerById.load(id);
  }

  /**
   * The conditions of a customer filter over the customers table under `c` (the viewer's reach
   * is the caller's to add): the customer list and campaign audiences read the same rules.
   */
  async filterConditions(ctx: AuthedContext, filter: CustomerFilter | undefined | null): Promise<Sql[]> {
    const conditions: Sql[] = [];
    if (filter?.ownerId) conditions.push(sql`c.owner_id = ${requireIdOf(filter.ownerId, 'User', 'filter.ownerId')}`);
    if (filter?.teamId) conditions.push(sql`c.owner_id in ${teamMembers(requireIdOf(filter.teamId, 'SalesTeam', 'filter.teamId'))}`);
    if (filter?.platform) conditions.push(sql`c.platform = ${filter.platform}`);
    if (filter?.tag) conditions.push(sql`c.tags @> ${[filter.tag.trim().toLowerCase()]}`);
    if (filter?.stage) conditions.push(sql`c.stage = ${filter.stage}`);
    if (filter?.lifecycle || filter?.valueSegment) {
      const shop = (await ctx.loaders.shopById.load(ctx.viewer.shopId))!;
      const now = ctx.clock.now();
      if (filter.lifecycle) conditions.push(lifecycleSql(filter.lifecycle, shop, now, 'c'));
      if (filter.valueSegment) conditions.push(valueSql(filter.valueSegment, shop, now, 'c'));
    }
    if (filter?.tierId) conditions.push(sql`c.tier_id = ${requireIdOf(filter.tierId, 'MembershipTier', 'filter.tierId')}`);
    if (filter?.lastOrderBefore) conditions.push(sql`c.last_paid_at < ${filter.lastOrderBefore}`);
    if (filter?.lastOrderAfter) conditions.push(sql`c.last_paid_at >= ${filter.lastOrderAfter}`);
    if (filter?.minOrders !== undefined && filter?.minOrders !== null) conditions.push(sql`c.paid_order_count >= ${filter.minOrders}`);
    if (filter?.minSpent !== undefined && filter?.minSpent !== null) conditions.push(sql`c.total_spent >= ${filter.minSpent}`);
    if (filter?.unowned === true) conditions.push(sql`c.owner_id is null`);
    if (filter?.unowned === false) conditions.push(sql`c.owner_id is not null`);
    if (filter?.search !== undefined && filter.search !== null) {
      const search = filter.search.trim();
      if (search.length < 2 || search.length > 100) throw badUserInput('filter.search must be 2 to 100 characters.', 'filter.search');
      // Same expression as the trigram index customers_search_trgm_idx, so the index serves it.
      // Contact details are kept sealed: a whole phone number or WeChat id finds its customer by keyed hash, never a part of one.
      const byName = sql`(coalesce(c.platform_handle, '') || ' ' || coalesce(c.display_name, '')) ilike ${likePattern(search)}`;
      const phone = normalizedPhone(search);
      conditions.push(
        sql`(${byName} or c.wechat_id_hash = ${wechatLookupHash(ctx.viewer.shopId, search)}${phone ? sql` or c.phone_hash = ${phoneLookupHash(ctx.viewer.shopId, search)}` : sql``})`,
      );
    }
    return conditions;
  }

  /**
   * A page of customers; the relations in `wanted` that they point to come in the same
   * statement, each row with only the columns `fields` (the operation's) can read.
   */
  async list(
    ctx: AuthedContext,
    filter: CustomerFilter | undefined,
    orderBy: CustomerOrderBy | undefined,
    args: PageArgs,
    wanted: Selection = new Map(),
    fields?: OperationFields,
  ): Promise<Page<Customer>> {
    const order = orderBy ?? DEFAULT_ORDER;
    const conditions: Sql[] = [readableCustomers(ctx.viewer, 'c'), ...(await this.filterConditions(ctx, filter))];
    const { userById, salesTeamById, tierById } = ctx.loaders;
    const staff = { loader: userById, related: { team: salesTeamById } };
    const include = pageIncludes(wanted, { owner: staff, createdBy: staff, tier: tierById });
    // The whole list and the segment screens run along the sort order's index whatever the
    // values: one plan for all. Filters with an index of their own (stage, tier, platform, spent,
    // tags, search, last order) keep a plan per execution, chosen for the value asked.
    const where = sql.join(conditions, ' and ');
    const planStable = !filter || Object.entries(filter).every(([key, value]) => value === undefined || value === null || key === 'lifecycle' || key === 'valueSegment');
    return selectPage(ctx.em, Customer, 'c', planStable ? sql.genericPlan(where) : where, { property: SORT_PROPERTY[order.field], direction: order.direction }, args, include, fields);
  }

  async create(ctx: AuthedContext, input: CustomerCreateInput): Promise<{ customer: Customer }> {
    const { viewer, em } = ctx;
    const platformHandle = input.platformHandle.trim();
    const key = handleKey(platformHandle);
    if (!key) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'The handle must not be empty.', ['input', 'platformHandle']));
    const existing = await em.findOne(Customer, { shop: viewer.shopId, platform: input.platform, handleKey: key }, { fields: ['id'] });
    if (existing) throw duplicate(existing.id);
    const ownerId = await this.chooseOwner(ctx, input.ownerId);
    const customer = em.create(Customer, {
      shop: viewer.shopId,
      platform: input.platform,
      platformHandle,
      displayName: cleanText(input.displayName) ?? platformHandle,
      shippingProvince: cleanText(input.shippingProvince) ?? null,
      shippingCity: cleanText(input.shippingCity) ?? null,
      region: cleanText(input.region) ?? null,
      tags: cleanTags(input.tags) ?? [],
      notes: cleanText(input.notes) ?? null,
      owner: ownerId,
      createdBy: viewer.userId,
    });
    await writeCustomerContacts(ctx, customer, viewer.shopId, contactsOf(input), true);
    await em.flush();
    await publishEvents(em, viewer.shopId, WebhookEventType.CUSTOMER_REGISTERED, [registeredEvent(customer.id, customer.platform, platformHandle, customer.displayName, viewer.userId)], ctx.clock.now());
    return { customer };
  }

  async update(ctx: AuthedContext, globalId: string, input: CustomerUpdateInput): Promise<{ customer: Customer }> {
    const id = idOf(globalId, 'Customer');
    const customer = id === null ? null : await ctx.em.findOne(Customer, { $and: [{ id }, readableCustomerFilter(ctx.viewer)] });
    if (!customer) throw notFound('Customer');
    if (!canEditCustomer(ctx.viewer, customer)) {
      throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Customer service may only correct customers they registered.', ['id']));
    }
    if (customer.version !== input.version) {
      throw new DomainError(
        new UserError(UserErrorCode.STALE_VERSION, `The customer is at version ${customer.version}, you sent ${input.version}; reload it and try again.`, ['input', 'version']),
      );
    }
    if (input.displayName !== undefined) {
      const name = cleanText(input.displayName);
      if (!name) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'The display name must not be empty.', ['input', 'displayName']));
      customer.displayName = name;
    }
    await writeCustomerContacts(ctx, customer, ctx.viewer.shopId, contactsOf(input));
    for (const field of ['shippingProvince', 'shippingCity'] as const) if (input[field] !== undefined) customer[field] = cleanText(input[field]) ?? null;
    if (input.region !== undefined) customer.region = cleanText(input.region) ?? null;
    if (input.tags !== undefined) customer.tags = cleanTags(input.tags) ?? [];
    if (input.notes !== undefined) customer.notes = cleanText(input.notes) ?? null;
    // The version check above and MikroORM's `where version = ?` on flush together refuse
    // a concurrent edit that slipped in between (OptimisticLockError -> STALE_VERSION).
    await ctx.em.flush();
    return { customer };
  }

  /** The owner a new customer gets, by who creates it. */
  private async chooseOwner(ctx: AuthedContext, ownerGlobalId: string | null | undefined): Promise<number | null> {
    const { viewer } = ctx;
    if (!ownerGlobalId) return viewer.role === Role.SALES ? viewer.userId : null;
    const ownerId = idOf(ownerGlobalId, 'User');
    const owner = ownerId === null ? null : await userService.findInShop(ctx, ownerId);
    if (!owner) throw notFound('Owner', ['input', 'ownerId']);
    if (owner.role !== Role.SALES || !owner.active) {
      throw new DomainError(new UserError(UserErrorCode.INVALID_ROLE, 'A customer can only be owned by an active sales rep.', ['input', 'ownerId']));
    }
    const allowed = viewer.role === Role.ADMIN || (viewer.role === Role.SALES && (await worksFor(ctx.em, viewer, owner.id)));
    if (!allowed) {
      throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'You may not hand customers to this rep.', ['input', 'ownerId']));
    }
    return owner.id;
  }
}

function duplicate(existingId: number): DomainError {
  return new DomainError(
    new UserError(
      UserErrorCode.DUPLICATE_CUSTOMER,
      'A customer with this platform and handle already exists.',
      ['input', 'platformHandle'],
      toGlobalId('Customer', existingId),
    ),
  );
}

export const customerService = new CustomerService();
