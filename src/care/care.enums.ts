import { registerEnumType } from 'type-graphql';

/** The events of a buyer's order a shop answers with a care message. */
export enum CareKind {
  PAYMENT_REMINDER = 'PAYMENT_REMINDER',
  LOGISTICS_DELAY = 'LOGISTICS_DELAY',
  SIGNED_FOR = 'SIGNED_FOR',
  BAD_REVIEW = 'BAD_REVIEW',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
}
registerEnumType(CareKind, {
  name: 'CareKind',
  description: 'An event of a buyer\'s order that a care rule answers with a message (transactional: about the buyer\'s own order).',
  valuesConfig: {
    PAYMENT_REMINDER: { description: 'The order is still unpaid after the shop\'s unpaidReminderHours (with the PAYMENT_REMINDER follow-up): remind, angled on stock and delivery.' },
    LOGISTICS_DELAY: { description: 'Paid more than thresholdDays ago and still not signed for: apologise for the delay.' },
    SIGNED_FOR: { description: 'The buyer signed for the parcel (status RECEIVED): invite a review.' },
    BAD_REVIEW: { description: 'A bad review: apologise, usually with a coupon (beside the AFTER_SALES follow-up).' },
    OUT_OF_STOCK: { description: 'The order could not be filled: compensate (beside the COMPENSATION follow-up).' },
  },
});
