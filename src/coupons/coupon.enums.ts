import { registerEnumType } from 'type-graphql';

export enum CouponPurpose {
  WIN_BACK = 'WIN_BACK',
  BAD_REVIEW_APOLOGY = 'BAD_REVIEW_APOLOGY',
  OUT_OF_STOCK_COMPENSATION = 'OUT_OF_STOCK_COMPENSATION',
  GOOD_REVIEW_REWARD = 'GOOD_REVIEW_REWARD',
  PROMOTION = 'PROMOTION',
  PAYMENT_REMINDER = 'PAYMENT_REMINDER',
}
registerEnumType(CouponPurpose, {
  name: 'CouponPurpose',
  description: 'What a coupon is for.',
  valuesConfig: {
    WIN_BACK: { description: 'Win back a customer overdue for a re-order.' },
    BAD_REVIEW_APOLOGY: { description: 'Apologise after a medium or bad review.' },
    OUT_OF_STOCK_COMPENSATION: { description: 'Compensate an out-of-stock customer.' },
    GOOD_REVIEW_REWARD: { description: 'Thank a good review.' },
    PROMOTION: { description: 'A promotion for old customers.' },
    PAYMENT_REMINDER: { description: 'Help an unpaid order over the line.' },
  },
});

export enum DiscountType {
  AMOUNT_OFF = 'AMOUNT_OFF',
  PERCENT_OFF = 'PERCENT_OFF',
}
registerEnumType(DiscountType, {
  name: 'DiscountType',
  description: 'How a coupon discounts.',
  valuesConfig: { AMOUNT_OFF: { description: 'A fixed amount off, in minor units.' }, PERCENT_OFF: { description: 'A percentage off the order.' } },
});

export enum CouponStatus {
  ISSUED = 'ISSUED',
  REDEEMED = 'REDEEMED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(CouponStatus, {
  name: 'CouponStatus',
  description: 'Where a coupon stands.',
  valuesConfig: {
    ISSUED: { description: 'Can be redeemed.' },
    REDEEMED: { description: 'Used on an order (once).' },
    EXPIRED: { description: 'Past its validity.' },
    REVOKED: { description: 'Withdrawn.' },
  },
});
