import { handleKey } from '../customers/handle';
import { LockMode, ref } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { selectPlain } from '../db/rows';
import { sql, Sql } from '../db/sql';
import { whereSql } from '../db/sql-filter';
import { idOf, requireIdOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { localWeek } from '../common/zoned-time';
import { Customer } from '../customers/customer.entity';
import { writeEntryContacts } from '../privacy/contacts';
import { CustomerStage } from '../customers/customer-stage';
import { customerService } from '../customers/customer.service';
import { publishEvent } from '../events/event-bus';
import { followUpService } from '../followups/follow-up.service';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { OwnershipReason } from '../ownership/ownership-change.entity';
import { ownershipService } from '../ownership/ownership.service';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { visibleEntries, visibleSheets } from './registration.access';
import { EntryKind, Intent, SheetStatus } from './registration.enums';
import {
  RegistrationEntryAddInput,
  RegistrationEntryDetailsInput,
  RegistrationEntryFilter,
  RegistrationEntryScreenInput,
  RegistrationSheetFilter,
} from './registration.inputs';
import { RegistrationEntry } from './registration-entry.entity';
import { RegistrationSheet } from './registration-sheet.entity';

const refuse = (code: UserErrorCode, message: string, field: string[] = ['id']) => new DomainError(new UserError(code, message, field));

/** Stages a re-registration brings back into the loop (an active customer keeps theirs). */
export class RegistrationService {
  private sheetScope(ctx: AuthedContext, alias: string): Sql {
    const scope = visibleSheets(ctx.viewer, alias);
    if (!scope) throw forbidden('Sales reps do not see registration sheets.');
    return scope;
  }

  private entryScope(ctx: AuthedContext, alias: string): Sql {
    const scope = visibleEntries(ctx.viewer, alias);
    if (!scope) throw forbidden('Sales reps do not see registration sheets.');
    return scope;
  }

  getSheet(ctx: AuthedContext, globalId: string): Promise<RegistrationSheet | null> {
    const id = idOf(globalId, 'RegistrationSheet');
    this.sheetScope(ctx, 's');
    return id === null ? Promise.resolve(null) : ctx.loaders.registrationSheetById.load(id);
  }

  /** A sheet as it is now (a subscription's event: what this request's loader read may be older), if the viewer may see it. */
  async loadFresh(ctx: AuthedContext, id: number): Promise<RegistrationSheet | null> {
    const [sheet] = await selectPlain(ctx.em, RegistrationSheet, 's', sql`s.id = ${id} and ${this.sheetScope(ctx, 's')}`);
    return sheet ?? null;
  }

  /** The caller's sheet of the current period (Monday–Sunday, shop time), created on first use. */
  private async currentSheet(ctx: AuthedContext): Promise<RegistrationSheet> {
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const period = localWeek(ctx.clock.now(), shop.timezone);
    // Locked: the entry count goes up once per entry however many adds of the author run at once.
    const existing = await ctx.em.findOne(RegistrationSheet, { author: ctx.viewer.userId, periodStart: period.start }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (existing) {
      if (existing.status !== SheetStatus.DRAFT) {
        throw refuse(UserErrorCode.SHEET_NOT_DRAFT, 'Your sheet of this period was submitted already; new entries wait for the next period.', ['input']);
      }
      return existing;
    }
    return ctx.em.create(RegistrationSheet, { shop: ctx.viewer.shopId, author: ctx.viewer.userId, periodStart: period.start, periodEnd: period.end });
  }

  /** The customer of an entry: by id, or by platform + handle (never a duplicate). */
  private async entryCustomer(ctx: AuthedContext, input: RegistrationEntryAddInput): Promise<Customer> {
    if (input.customerId) {
      const customer = await customerService.get(ctx, input.customerId);
      if (!customer) throw notFound('Customer', ['input', 'customerId']);
      return ctx.em.findOneOrFail(Customer, { id: customer.id });
    }
    if (!input.customer) throw refuse(UserErrorCode.INVALID_INPUT, 'Name the customer: customerId, or customer { platform platformHandle }.', ['input', 'customer']);
    const platformHandle = input.customer.platformHandle.trim();
    const existing = () => ctx.em.findOne(Customer, { shop: ctx.viewer.shopId, platform: input.customer!.platform, handleKey: handleKey(platformHandle) });
    const found = await existing();
    if (found) return found;
    try {
      const { customer } = await customerService.create(ctx, {
        platform: input.customer.platform,
        platformHandle,
        displayName: input.customer.displayName,
        region: input.customer.region,
        phone: input.contactPhone,
        wechatId: input.contactWechat,
      });
      return customer;
    } catch (error) {
      // Another request created the customer since the look-up above: this entry attaches to it.
      const winner = error instanceof DomainError && error.errors[0]?.code === UserErrorCode.DUPLICATE_CUSTOMER ? await existing() : null;
      if (winner) return winner;
      throw error;
    }
  }

  private async applyDetails(ctx: AuthedContext, entry: RegistrationEntry, input: RegistrationEntryDetailsInput): Promise<void> {
    if (input.kind) entry.kind = input.kind;
    if (input.productWanted !== undefined) entry.productWanted = input.productWanted?.trim() || null;
    if (input.purchasedAt !== undefined) entry.purchasedAt = input.purchasedAt;
    if (input.purchaseAmount !== undefined) entry.purchaseAmount = input.purchaseAmount;
    if (input.prospectNotes !== undefined) entry.prospectNotes = [...new Set(input.prospectNotes ?? [])];
    if (input.notes !== undefined) entry.notes = input.notes?.trim() || null;
    if (input.contactPhone !== undefined || input.contactWechat !== undefined) {
      await writeEntryContacts(ctx, entry, await ctx.em.findOneOrFail(Customer, { id: entry.customer.id }), ctx.viewer.shopId, {
        contactPhone: input.contactPhone === undefined ? undefined : input.contactPhone || null,
        contactWechat: input.contactWechat === undefined ? undefined : input.contactWechat?.trim() || null,
      });
    }
    if (input.suggestedOwnerId !== undefined) {
      entry.suggestedOwner = input.suggestedOwnerId ? ref(await ownershipService.activeRep(ctx, input.suggestedOwnerId, ['input', 'suggestedOwnerId'])) : null;
    }
    if (entry.kind === EntryKind.INQUIRY && (entry.purchasedAt || entry.purchaseAmount !== null)) {
      throw refuse(UserErrorCode.INVALID_INPUT, 'Purchase date and amount belong to ORDERED entries.', ['input', 'kind']);
    }
  }

  async addEntry(ctx: AuthedContext, input: RegistrationEntryAddInput): Promise<{ entry: RegistrationEntry; sheet: RegistrationSheet }> {
    if (input.customerId && input.customer) throw refuse(UserErrorCode.INVALID_INPUT, 'Give customerId or customer, not both.', ['input', 'customer']);
    const sheet = await this.currentSheet(ctx);
    const customer = await this.entryCustomer(ctx, input);
    customer.reenterLoop();
    const entry = ctx.em.create(RegistrationEntry, { shop: ctx.viewer.shopId, sheet, customer, kind: EntryKind.INQUIRY });
    await this.applyDetails(ctx, entry, input);
    sheet.entryCount += 1;
    await ctx.em.flush();
    return { entry, sheet };
  }

  /** An entry of the caller's own draft sheet, for correction or removal. */
  private async ownDraftEntry(ctx: AuthedContext, globalId: string): Promise<RegistrationEntry> {
    const id = idOf(globalId, 'RegistrationEntry');
    const entry = id === null ? null : await ctx.em.findOne(RegistrationEntry, { $and: [{ id }, whereSql<RegistrationEntry>((e) => this.entryScope(ctx, e))] }, { populate: ['sheet'] });
    if (!entry) throw notFound('Registration entry');
    const sheet = entry.sheet.getEntity();
    if (sheet.author.id !== ctx.viewer.userId) throw refuse(UserErrorCode.NOT_ALLOWED, 'Only the sheet\'s author changes its entries.');
    if (sheet.status !== SheetStatus.DRAFT) throw refuse(UserErrorCode.SHEET_NOT_DRAFT, 'The sheet was submitted; its entries can no longer change.');
    return entry;
  }

  async updateEntry(ctx: AuthedContext, globalId: string, input: RegistrationEntryDetailsInput): Promise<{ entry: RegistrationEntry }> {
    const entry = await this.ownDraftEntry(ctx, globalId);
    await this.applyDetails(ctx, entry, input);
    await ctx.em.flush();
    return { entry };
  }

  async removeEntry(ctx: AuthedContext, globalId: string): Promise<{ removedEntryId: string; sheet: RegistrationSheet }> {
    const entry = await this.ownDraftEntry(ctx, globalId);
    const sheet = entry.sheet.getEntity();
    sheet.entryCount -= 1;
    ctx.em.remove(entry);
    await ctx.em.flush();
    return { removedEntryId: globalId, sheet };
  }

  async submit(ctx: AuthedContext, globalId: string): Promise<{ sheet: RegistrationSheet }> {
    const id = idOf(globalId, 'RegistrationSheet');
    const sheet = id === null ? null : await ctx.em.findOne(RegistrationSheet, { $and: [{ id }, whereSql<RegistrationSheet>((s) => this.sheetScope(ctx, s))] });
    if (!sheet) throw notFound('Registration sheet');
    if (sheet.author.id !== ctx.viewer.userId) throw refuse(UserErrorCode.NOT_ALLOWED, 'Only the sheet\'s author submits it.');
    if (sheet.status !== SheetStatus.DRAFT) throw refuse(UserErrorCode.SHEET_NOT_DRAFT, 'The sheet was submitted already.');
    if (sheet.entryCount === 0) throw refuse(UserErrorCode.SHEET_EMPTY, 'An empty sheet cannot be submitted.');
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const now = ctx.clock.now();
    sheet.status = SheetStatus.SUBMITTED;
    sheet.submittedAt = now;
    sheet.late = now.getTime() > sheet.periodEnd.getTime() + shop.sheetGraceHours * 3_600_000;
    await ctx.em.flush();
    await publishEvent(ctx.em, { topic: 'REGISTRATION_SHEET_SUBMITTED', shopId: ctx.viewer.shopId, id: sheet.id });
    return { sheet };
  }

  /**
   * Screens one entry of a submitted sheet. HAS_INTENT hands the customer to a rep (named, or
   * round-robin in a team) with a first-contact task; NO_INTENT closes the entry.
   */
  async screen(ctx: AuthedContext, globalId: string, input: RegistrationEntryScreenInput, field: string[] = ['input']): Promise<{ entry: RegistrationEntry; followUpTask: FollowUpTask | null }> {
    const id = idOf(globalId, 'RegistrationEntry');
    const entry = id === null ? null : await ctx.em.findOne(RegistrationEntry, { $and: [{ id }, whereSql<RegistrationEntry>((e) => this.entryScope(ctx, e))] }, { populate: ['sheet', 'customer'] });
    if (!entry) throw notFound('Registration entry', field.length > 1 ? [...field, 'entryId'] : ['id']);
    const sheet = entry.sheet.getEntity();
    if (sheet.status === SheetStatus.DRAFT) throw refuse(UserErrorCode.SHEET_NOT_SUBMITTED, 'The sheet is still a draft.', field);
    if (entry.screenedAt) throw refuse(UserErrorCode.ALREADY_SCREENED, 'This entry was screened already.', field);
    const customer = entry.customer.getEntity();
    const now = ctx.clock.now();
    let followUpTask: FollowUpTask | null = null;

    if (input.intent === Intent.HAS_INTENT) {
      const assignTo = input.assignTo;
      if (!assignTo || Boolean(assignTo.userId) === Boolean(assignTo.teamId)) {
        throw refuse(UserErrorCode.INVALID_INPUT, 'With HAS_INTENT, assign to exactly one of a rep (userId) or a team (teamId).', [...field, 'assignTo']);
      }
      const rep = assignTo.userId
        ? await ownershipService.activeRep(ctx, assignTo.userId, [...field, 'assignTo', 'userId'])
        : await ownershipService.pickFromTeam(ctx, assignTo.teamId!, [...field, 'assignTo', 'teamId']);
      if (customer.owner?.id !== rep.id) {
        const reason = assignTo.teamId ? OwnershipReason.ROUND_ROBIN : OwnershipReason.SCREENING;
        await ownershipService.changeOwner(ctx, customer, rep, reason, input.note?.trim() || null, ctx.viewer.userId);
      }
      if ((await followUpService.hasOpenTask(ctx, customer)) === 0) {
        followUpTask = await followUpService.scheduleFirstContact(ctx, customer, rep);
      }
      customer.startFollowUp();
      entry.assignedTo = ref(rep);
    } else if (customer.stage === CustomerStage.REGISTERED) {
      customer.screenOut();
    }
    entry.intent = input.intent;
    entry.screenedAt = now;
    entry.screenedBy = ref(ctx.em.getReference(User, ctx.viewer.userId));
    entry.screeningNote = input.note?.trim() || null;
    sheet.screenedCount += 1;
    if (sheet.screenedCount >= sheet.entryCount) sheet.status = SheetStatus.SCREENED;
    await ctx.em.flush();
    return { entry, followUpTask };
  }

  async listSheets(ctx: AuthedContext, filter: RegistrationSheetFilter | undefined, args: PageArgs): Promise<Page<RegistrationSheet>> {
    const where = sql.and([
      this.sheetScope(ctx, 's'),
      filter?.status && sql`s.status = ${filter.status}`,
      filter?.authorId && sql`s.author_id = ${requireIdOf(filter.authorId, 'User', 'filter.authorId')}`,
      filter?.periodFrom && sql`s.period_start >= ${filter.periodFrom}`,
      filter?.periodTo && sql`s.period_start < ${filter.periodTo}`,
    ]);
    return selectPage(ctx.em, RegistrationSheet, 's', where, { property: 'periodStart', direction: SortDirection.DESC }, args);
  }

  async listEntries(ctx: AuthedContext, filter: RegistrationEntryFilter | undefined, args: PageArgs, sheetId?: number): Promise<Page<RegistrationEntry>> {
    const sheetHas = (condition: Sql) => sql`exists (select 1 from registration_sheets fs where fs.id = e.sheet_id and ${condition})`;
    const where = sql.and([
      this.entryScope(ctx, 'e'),
      sheetId !== undefined && sql`e.sheet_id = ${sheetId}`,
      filter?.sheetId && sql`e.sheet_id = ${requireIdOf(filter.sheetId, 'RegistrationSheet', 'filter.sheetId')}`,
      filter?.screened === true && sql`e.screened_at is not null`,
      filter?.screened === false && sql`e.screened_at is null`,
      filter?.sheetStatus && sheetHas(sql`fs.status = ${filter.sheetStatus}`),
      filter?.authorId && sheetHas(sql`fs.author_id = ${requireIdOf(filter.authorId, 'User', 'filter.authorId')}`),
      filter?.kind && sql`e.kind = ${filter.kind}`,
      filter?.intent && sql`e.intent = ${filter.intent}`,
    ]);
    // Oldest first: the review queue is worked in the order customers were registered.
    return selectPage(ctx.em, RegistrationEntry, 'e', where, { property: 'id', direction: SortDirection.ASC }, args);
  }
}

export const registrationService = new RegistrationService();
