import { registerEnumType } from 'type-graphql';

export enum FollowUpKind {
  FIRST_CONTACT = 'FIRST_CONTACT',
  RETRY = 'RETRY',
  REVISIT = 'REVISIT',
  CORRECTIVE = 'CORRECTIVE',
  AFTER_SALES = 'AFTER_SALES',
  COMPENSATION = 'COMPENSATION',
  PAYMENT_REMINDER = 'PAYMENT_REMINDER',
}

/** Follow-ups that serve one order and end there: they start no new cycle. */
export const SERVICE_KINDS: ReadonlySet<FollowUpKind> = new Set([FollowUpKind.AFTER_SALES, FollowUpKind.COMPENSATION, FollowUpKind.PAYMENT_REMINDER]);
registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'Why a follow-up is due.',
  valuesConfig: {
    FIRST_CONTACT: { description: 'First contact after screening (first cycle, 7 days by default).' },
    RETRY: { description: 'Reached without an order, or not reached: try again (15 days by default).' },
    REVISIT: { description: 'The customer ordered: revisit for the next purchase (30 days by default).' },
    CORRECTIVE: { description: 'Ordered by an audit finding, to put a missed or late follow-up right.' },
    AFTER_SALES: { description: 'A bad review: one-to-one after-sales care, due the same day.' },
    COMPENSATION: { description: 'An out-of-stock order: compensate the customer, due the same day.' },
    PAYMENT_REMINDER: { description: 'An order still unpaid after the shop\'s setting (24 h by default): remind, on what the buyer cares about.' },
  },
});

export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'State of a follow-up task.',
  valuesConfig: {
    OPEN: { description: 'Still to do.' },
    DONE: { description: 'Done, with an outcome.' },
    CANCELLED: { description: 'No longer needed (e.g. the customer left the loop another way).' },
  },
});

export enum FollowUpOutcome {
  ORDERED = 'ORDERED',
  NO_ORDER = 'NO_ORDER',
  NO_RESPONSE = 'NO_RESPONSE',
  LOST = 'LOST',
}
registerEnumType(FollowUpOutcome, {
  name: 'FollowUpOutcome',
  description: 'How a follow-up went; decides the next cycle.',
  valuesConfig: {
    ORDERED: { description: 'The customer ordered: converted; a REVISIT follows.' },
    NO_ORDER: { description: 'Reached, no order yet: a RETRY follows (until the retry limit).' },
    NO_RESPONSE: { description: 'Not reached: a RETRY follows (until the retry limit).' },
    LOST: { description: 'No longer interested: the loop ends.' },
  },
});

export enum ContactChannel {
  PHONE = 'PHONE',
  WANGWANG = 'WANGWANG',
  WECHAT = 'WECHAT',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  OTHER = 'OTHER',
}
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How the rep contacted the customer.',
  valuesConfig: {
    PHONE: { description: 'Phone call.' },
    WANGWANG: { description: 'Wangwang / Qianniu chat.' },
    WECHAT: { description: 'WeChat.' },
    SMS: { description: 'Text message.' },
    EMAIL: { description: 'Email.' },
    OTHER: { description: 'Anything else.' },
  },
});
