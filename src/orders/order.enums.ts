import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  REFUNDED = 'REFUNDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands; PAID, SHIPPED and RECEIVED count as paid.',
  valuesConfig: {
    UNPAID: { description: 'Placed, not paid (a payment reminder follows after the shop\'s setting).' },
    PAID: { description: 'Paid.' },
    SHIPPED: { description: 'Paid and shipped.' },
    RECEIVED: { description: 'Paid and signed for.' },
    REFUNDED: { description: 'Refunded: no longer counts as paid.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

export const PAID_STATUSES: readonly OrderStatus[] = [OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.RECEIVED];

/** `PAID_STATUSES` as an SQL list, for `status in (…)`. */
export const PAID_STATUSES_SQL = PAID_STATUSES.map((status) => `'${status}'`).join(', ');

export enum OrderReview {
  GOOD = 'GOOD',
  NEUTRAL = 'NEUTRAL',
  BAD = 'BAD',
}
registerEnumType(OrderReview, {
  name: 'OrderReview',
  description: 'The review the buyer left.',
  valuesConfig: { GOOD: { description: 'Good review.' }, NEUTRAL: { description: 'Neutral (medium) review.' }, BAD: { description: 'Bad review: after-sales care follows.' } },
});

export enum ImportErrorPolicy {
  REJECT_EVERYTHING = 'REJECT_EVERYTHING',
  REJECT_FAILED_ROWS = 'REJECT_FAILED_ROWS',
}
registerEnumType(ImportErrorPolicy, {
  name: 'ImportErrorPolicy',
  description: 'What an import does when some rows are wrong.',
  valuesConfig: {
    REJECT_EVERYTHING: { description: 'Any wrong row: nothing is imported.' },
    REJECT_FAILED_ROWS: { description: 'The good rows are imported; the wrong ones are reported.' },
  },
});
