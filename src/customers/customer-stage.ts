import { registerEnumType } from 'type-graphql';

/** Where a customer stands in the retention loop. */
export enum CustomerStage {
  REGISTERED = 'REGISTERED',
  SCREENED_OUT = 'SCREENED_OUT',
  IN_FOLLOW_UP = 'IN_FOLLOW_UP',
  CONVERTED = 'CONVERTED',
  LOST = 'LOST',
  POOL = 'POOL',
}

registerEnumType(CustomerStage, {
  name: 'CustomerStage',
  description: 'Where a customer stands in the retention loop.',
  valuesConfig: {
    REGISTERED: { description: 'Registered by customer service, not screened yet.' },
    SCREENED_OUT: { description: 'Screened by the review department: no intent.' },
    IN_FOLLOW_UP: { description: 'Owned by a rep and followed up in cycles.' },
    CONVERTED: { description: 'Ordered after a follow-up; revisited in the next cycle.' },
    LOST: { description: 'No longer interested: the loop ended.' },
    POOL: { description: 'Back in the shop\'s unowned pool after too many unanswered retries.' },
  },
});
