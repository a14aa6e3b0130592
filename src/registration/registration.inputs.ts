import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PhoneNumberResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Platform } from '../customers/platform';
import { EntryKind, Intent, ProspectNote, SheetStatus } from './registration.enums';

@InputType({ description: 'A customer named by platform and handle: the existing one, or created on the spot.' })
export class RegistrationCustomerInput {
  @Field(() => Platform, { description: 'Where the customer is known.' })
  platform: Platform;

  @Field({ description: 'Handle on the platform; the same handle is always the same customer.' })
  @MinLength(1, { message: 'The handle must not be empty.' })
  @MaxLength(100, { message: 'The handle must be at most 100 characters.' })
  platformHandle: string;

  @Field(() => String, { nullable: true, description: 'Name staff use (new customers; defaults to the handle).' })
  @IsOptional()
  @MaxLength(100, { message: 'The display name must be at most 100 characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Region or city (new customers).' })
  @IsOptional()
  @MaxLength(100, { message: 'The region must be at most 100 characters.' })
  region?: string | null;
}

/** Fields of an entry that customer service fills in and may correct while the sheet is a draft. */
@InputType({ description: 'What customer service records about a registered customer.' })
export class RegistrationEntryDetailsInput {
  @Field(() => EntryKind, { nullable: true, description: 'Asked or ordered (default INQUIRY).' })
  kind?: EntryKind | null;

  @Field(() => String, { nullable: true, description: 'What the customer wants, at most 200 characters.' })
  @IsOptional()
  @MaxLength(200, { message: 'The product must be at most 200 characters.' })
  productWanted?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the customer bought (ORDERED).' })
  purchasedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Amount paid in minor units of the shop\'s currency (ORDERED).' })
  @IsOptional()
  @Min(0, { message: 'The amount must not be negative.' })
  @Max(2_000_000_000, { message: 'The amount is too large.' })
  purchaseAmount?: number | null;

  @Field(() => [ProspectNote], { nullable: true, description: 'What was noticed about a prospect.' })
  @IsOptional()
  @ArrayMaxSize(3, { message: 'At most 3 prospect notes.' })
  prospectNotes?: ProspectNote[] | null;

  @Field(() => String, { nullable: true, description: 'Free text, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Notes must be at most 2000 characters.' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'The sales rep the customer belongs to, if known.' })
  suggestedOwnerId?: string | null;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'Phone given, E.164.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat id given.' })
  @IsOptional()
  @MaxLength(64, { message: 'The WeChat id must be at most 64 characters.' })
  contactWechat?: string | null;
}

@InputType({ description: 'A customer to register on your sheet of the current period.' })
export class RegistrationEntryAddInput extends RegistrationEntryDetailsInput {
  @Field(() => ID, { nullable: true, description: 'An existing customer; or give `customer`.' })
  customerId?: string | null;

  @Field(() => RegistrationCustomerInput, { nullable: true, description: 'The customer by platform and handle (found or created).' })
  @IsOptional()
  @ValidateNested()
  customer?: RegistrationCustomerInput | null;
}

@InputType({ description: 'Who gets a customer with intent: a rep, or a team (round-robin).' })
export class AssignToInput {
  @Field(() => ID, { nullable: true, description: 'This active sales rep.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A rep of this team: the active one with the fewest open follow-ups.' })
  teamId?: string | null;
}

@InputType({ description: 'The review department\'s verdict on an entry.' })
export class RegistrationEntryScreenInput {
  @Field(() => Intent, { description: 'Has intent or not.' })
  intent: Intent;

  @Field(() => AssignToInput, { nullable: true, description: 'Required with HAS_INTENT: exactly one of userId or teamId.' })
  @IsOptional()
  @ValidateNested()
  assignTo?: AssignToInput | null;

  @Field(() => String, { nullable: true, description: 'The reviewer\'s note, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The note must be at most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'One entry of a bulk screening.' })
export class RegistrationEntryScreenItem extends RegistrationEntryScreenInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId: string;
}

@InputType({ description: 'Many screenings in one call; each succeeds or fails on its own.' })
export class RegistrationEntriesScreenInput {
  @Field(() => [RegistrationEntryScreenItem], { description: 'Up to 100 entries.' })
  @ArrayMaxSize(100, { message: 'At most 100 entries in one call.' })
  @ValidateNested({ each: true })
  entries: RegistrationEntryScreenItem[];
}

@InputType({ description: 'Which registration sheets to list.' })
export class RegistrationSheetFilter {
  @Field(() => SheetStatus, { nullable: true, description: 'In this state.' })
  status?: SheetStatus | null;

  @Field(() => ID, { nullable: true, description: 'Written by this customer-service agent.' })
  authorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Periods starting at or after this time.' })
  periodFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Periods starting before this time.' })
  periodTo?: Date | null;
}

@InputType({ description: 'Which registration entries to list (the review queue: screened false, sheetStatus SUBMITTED).' })
export class RegistrationEntryFilter {
  @Field(() => Boolean, { nullable: true, description: 'Screened (true) or waiting for screening (false).' })
  screened?: boolean | null;

  @Field(() => SheetStatus, { nullable: true, description: 'On sheets in this state.' })
  sheetStatus?: SheetStatus | null;

  @Field(() => ID, { nullable: true, description: 'On this sheet.' })
  sheetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Registered by this customer-service agent.' })
  authorId?: string | null;

  @Field(() => EntryKind, { nullable: true, description: 'Of this kind.' })
  kind?: EntryKind | null;

  @Field(() => Intent, { nullable: true, description: 'With this verdict.' })
  intent?: Intent | null;
}
