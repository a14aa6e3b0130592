import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { DomainError, UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import type { DomainEvent } from '../events/event-bus';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { User } from '../users/user.entity';
import {
  RegistrationEntriesScreenInput,
  RegistrationEntryAddInput,
  RegistrationEntryDetailsInput,
  RegistrationEntryFilter,
  RegistrationEntryScreenInput,
  RegistrationSheetFilter,
} from './registration.inputs';
import { registrationService } from './registration.service';
import { RegistrationEntry } from './registration-entry.entity';
import { RegistrationSheet } from './registration-sheet.entity';

@ObjectType({ description: 'Result of registrationEntryAdd / registrationEntryUpdate.' })
class RegistrationEntryPayload {
  @Field(() => RegistrationEntry, { nullable: true, description: 'The entry as saved.' })
  entry?: RegistrationEntry;

  @Field(() => RegistrationSheet, { nullable: true, description: 'The sheet it is on.' })
  sheet?: RegistrationSheet;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of registrationEntryRemove.' })
class RegistrationEntryRemovePayload {
  @Field(() => ID, { nullable: true, description: 'The id of the removed entry.' })
  removedEntryId?: string;

  @Field(() => RegistrationSheet, { nullable: true, description: 'The sheet it was on.' })
  sheet?: RegistrationSheet;

  @Field(() => [UserError], { description: 'Why nothing was removed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of registrationSheetSubmit.' })
class RegistrationSheetSubmitPayload {
  @Field(() => RegistrationSheet, { nullable: true, description: 'The submitted sheet (see `late`).' })
  sheet?: RegistrationSheet;

  @Field(() => [UserError], { description: 'Why it was not submitted; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of screening one entry.' })
class RegistrationEntryScreenPayload {
  @Field(() => ID, { nullable: true, description: 'The entry named in the request (bulk screening).' })
  entryId?: string;

  @Field(() => RegistrationEntry, { nullable: true, description: 'The screened entry.' })
  entry?: RegistrationEntry;

  @Field(() => FollowUpTask, { nullable: true, description: 'The first-contact follow-up created for the new owner (HAS_INTENT).' })
  followUpTask?: FollowUpTask | null;

  @Field(() => [UserError], { description: 'Why this entry was not screened; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of registrationEntriesScreen: one result per entry, in order.' })
class RegistrationEntriesScreenPayload {
  @Field(() => [RegistrationEntryScreenPayload], { description: 'Per entry: the screening, or why it failed.' })
  results: RegistrationEntryScreenPayload[];

  @Field(() => [UserError], { description: 'Errors of the request as a whole; empty when each entry was tried.' })
  userErrors: UserError[];
}

const RegistrationSheetConnection = Connection(RegistrationSheet, 'RegistrationSheet', 'registration sheet');
const RegistrationEntryConnection = Connection(RegistrationEntry, 'RegistrationEntry', 'registration entry');

@Resolver(() => RegistrationSheet)
export class RegistrationSheetResolver {
  @Authorized(Role.CUSTOMER_SERVICE, Role.REVIEWER, Role.ADMIN)
  @Query(() => RegistrationSheetConnection, { description: 'Registration sheets, newest period first (customer service: their own).' })
  registrationSheets(
    @Arg('filter', () => RegistrationSheetFilter, { nullable: true, description: 'Which sheets.' }) filter: RegistrationSheetFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return registrationService.listSheets(requireViewer(ctx), filter, page);
  }

  @Authorized(Role.CUSTOMER_SERVICE, Role.REVIEWER, Role.ADMIN)
  @Query(() => RegistrationSheet, { nullable: true, description: 'One registration sheet, if you may see it.' })
  registrationSheet(@Arg('id', () => ID, { description: 'The sheet.' }) id: string, @Ctx() ctx: Context) {
    return registrationService.getSheet(requireViewer(ctx), id);
  }

  @Authorized(Role.CUSTOMER_SERVICE)
  @Mutation(() => RegistrationSheetSubmitPayload, { description: 'Hands your sheet to the review department; late when after the period end plus the grace hours.' })
  registrationSheetSubmit(@Arg('id', () => ID, { description: 'The sheet.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => registrationService.submit(tx, id));
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Subscription(() => RegistrationSheet, {
    nullable: true,
    description: 'Sheets submitted to the review department, from any server instance.',
    subscribe: ({ context }) => {
      const { viewer, events } = requireViewer(context as Context);
      return events.subscribe('REGISTRATION_SHEET_SUBMITTED', (e) => e.shopId === viewer.shopId);
    },
  })
  registrationSheetSubmitted(@Root() event: DomainEvent, @Ctx() ctx: Context) {
    return registrationService.loadFresh(requireViewer(ctx), event.id);
  }

  @FieldResolver(() => User, { description: 'The customer-service agent who keeps the sheet.' })
  author(@Root() sheet: RegistrationSheet, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(sheet.author.id);
  }

  @FieldResolver(() => RegistrationEntryConnection, { description: 'The sheet\'s entries, in the order they were added.' })
  @Reads()
  entries(@Root() sheet: RegistrationSheet, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return registrationService.listEntries(requireViewer(ctx), undefined, page, sheet.id);
  }
}

@Resolver(() => RegistrationEntry)
export class RegistrationEntryResolver {
  @Authorized(Role.CUSTOMER_SERVICE, Role.REVIEWER, Role.ADMIN)
  @Query(() => RegistrationEntryConnection, { description: 'Registration entries, oldest first; the review queue is `filter: { screened: false, sheetStatus: SUBMITTED }`.' })
  registrationEntries(
    @Arg('filter', () => RegistrationEntryFilter, { nullable: true, description: 'Which entries.' }) filter: RegistrationEntryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return registrationService.listEntries(requireViewer(ctx), filter, page);
  }

  @Authorized(Role.CUSTOMER_SERVICE)
  @Mutation(() => RegistrationEntryPayload, { description: 'Registers a customer on your draft sheet of the current period (created on first use).' })
  registrationEntryAdd(@Arg('input', () => RegistrationEntryAddInput, { description: 'The customer and what you know.' }) input: RegistrationEntryAddInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => registrationService.addEntry(tx, input));
  }

  @Authorized(Role.CUSTOMER_SERVICE)
  @Mutation(() => RegistrationEntryPayload, { description: 'Corrects an entry of your sheet while it is a draft.' })
  registrationEntryUpdate(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('input', () => RegistrationEntryDetailsInput, { description: 'What to change.' }) input: RegistrationEntryDetailsInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => registrationService.updateEntry(tx, id, input));
  }

  @Authorized(Role.CUSTOMER_SERVICE)
  @Mutation(() => RegistrationEntryRemovePayload, { description: 'Removes an entry of your sheet while it is a draft.' })
  registrationEntryRemove(@Arg('id', () => ID, { description: 'The entry.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => registrationService.removeEntry(tx, id));
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => RegistrationEntryScreenPayload, { description: 'Screens an entry of a submitted sheet: HAS_INTENT hands the customer to a rep or team with a first follow-up; NO_INTENT closes it.' })
  registrationEntryScreen(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('input', () => RegistrationEntryScreenInput, { description: 'The verdict.' }) input: RegistrationEntryScreenInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => registrationService.screen(tx, id, input));
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => RegistrationEntriesScreenPayload, { description: 'Screens many entries in one call; each succeeds or fails on its own, with its own errors.' })
  registrationEntriesScreen(@Arg('input', () => RegistrationEntriesScreenInput, { description: 'The verdicts.' }) input: RegistrationEntriesScreenInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, async (tx) => {
      const results: RegistrationEntryScreenPayload[] = [];
      for (const [index, item] of input.entries.entries()) {
        const field = ['input', 'entries', String(index)];
        try {
          // A savepoint per entry: a refused entry leaves the others' screening intact.
          const result = await tx.em.transactional((em) => registrationService.screen({ ...tx, em }, item.entryId, item, field));
          results.push({ entryId: item.entryId, ...result, userErrors: [] });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          results.push({ entryId: item.entryId, userErrors: error.errors });
        }
      }
      return { results };
    });
  }

  @FieldResolver(() => RegistrationSheet, { description: 'The sheet the entry is on.' })
  sheet(@Root() entry: RegistrationEntry, @Ctx() ctx: Context) {
    return ctx.loaders.registrationSheetById.read(entry.sheet.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The registered customer.' })
  customer(@Root() entry: RegistrationEntry, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(entry.customer.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The rep customer service suggested.' })
  suggestedOwner(@Root() entry: RegistrationEntry, @Ctx() ctx: Context) {
    return entry.suggestedOwner ? ctx.loaders.userById.read(entry.suggestedOwner.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The reviewer who screened it.' })
  screenedBy(@Root() entry: RegistrationEntry, @Ctx() ctx: Context) {
    return entry.screenedBy ? ctx.loaders.userById.read(entry.screenedBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The rep the customer was handed to (HAS_INTENT).' })
  assignedTo(@Root() entry: RegistrationEntry, @Ctx() ctx: Context) {
    return entry.assignedTo ? ctx.loaders.userById.read(entry.assignedTo.id) : null;
  }
}

