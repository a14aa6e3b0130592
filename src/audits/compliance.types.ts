import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CustomerStage } from '../customers/customer-stage';

/** The report as stored in a check (ids, not records): JSON that later changes cannot alter. */
export interface ComplianceFigures {
  from: string;
  to: string;
  teamId: number | null;
  generatedAt: string;
  customerService: CustomerServiceFigures[];
  sales: SalesFigures[];
  droppedCustomers: DroppedCustomerFigures[];
  droppedCustomerCount: number;
}

@ObjectType({ simpleResolvers: true, description: 'How one customer-service agent kept their registration sheets.' })
export class CustomerServiceFigures {
  userId: number;

  @Field(() => Int, { description: 'Customers registered in the period.' })
  entriesRegistered: number;

  @Field(() => Int, { description: 'Weekly sheets whose period ended in the range (and by now).' })
  sheetsDue: number;

  @Field(() => Int, { description: 'Of those, submitted within the grace hours.' })
  sheetsOnTime: number;

  @Field(() => Int, { description: 'Of those, submitted late.' })
  sheetsLate: number;

  @Field(() => Int, { description: 'Of those, not submitted.' })
  sheetsMissing: number;
}

@ObjectType({ simpleResolvers: true, description: 'How one sales rep kept their follow-ups due in the period.' })
export class SalesFigures {
  userId: number;

  @Field(() => Int, { description: 'Follow-ups due in the period.' })
  followUpsDue: number;

  @Field(() => Int, { description: 'Done by their due time.' })
  doneOnTime: number;

  @Field(() => Int, { description: 'Done after their due time.' })
  doneLate: number;

  @Field(() => Int, { description: 'Still open and past due.' })
  openOverdue: number;

  @Field(() => Int, { description: 'Still open, not yet due.' })
  openNotYetDue: number;

  @Field(() => Int, { description: 'Done with an order.' })
  ordered: number;

  @Field(() => Float, { nullable: true, description: 'Done on time / due (null when nothing was due).' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Ordered / done (null when nothing was done).' })
  conversionRate: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'An owned customer with no open follow-up: dropped from the loop.' })
export class DroppedCustomerFigures {
  customerId: number;
  ownerId: number;

  @Field(() => CustomerStage, { description: 'The customer\'s stage.' })
  stage: CustomerStage;
}

@ObjectType({ simpleResolvers: true, description: 'Whether customer service and sales did their part on time, for a period (and team).' })
export class ComplianceReport {
  @Field(() => Date, { description: 'Start of the period.' })
  from: string;

  @Field(() => Date, { description: 'End of the period (exclusive).' })
  to: string;

  teamId: number | null;

  @Field(() => Date, { description: 'When the figures were computed.' })
  generatedAt: string;

  @Field(() => [CustomerServiceFigures], { description: 'One row per customer-service agent.' })
  customerService: CustomerServiceFigures[];

  @Field(() => [SalesFigures], { description: 'One row per sales rep (of the team, if one was named).' })
  sales: SalesFigures[];

  @Field(() => [DroppedCustomerFigures], { description: 'Owned customers with no open follow-up (the first 100).' })
  droppedCustomers: DroppedCustomerFigures[];

  @Field(() => Int, { description: 'How many owned customers have no open follow-up.' })
  droppedCustomerCount: number;
}
