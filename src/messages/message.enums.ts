import { registerEnumType } from 'type-graphql';

/** How a message reaches the buyer; the shop's own sender delivers it. */
export enum MessageChannel {
  SMS = 'SMS',
  WECHAT = 'WECHAT',
  PLATFORM_CHAT = 'PLATFORM_CHAT',
}
registerEnumType(MessageChannel, {
  name: 'MessageChannel',
  description: 'How a message reaches the buyer.',
  valuesConfig: {
    SMS: { description: 'A text message, signed 【店铺名】; 70 characters per segment in Chinese (67 once split).' },
    WECHAT: { description: 'A WeChat service-account message.' },
    PLATFORM_CHAT: { description: 'The platform\'s chat (Qianniu / 千牛).' },
  },
});

/** Marketing needs consent and counts against the marketing caps; a transactional message (payment reminder, logistics) is a notice, with caps of its own. */
export enum MessagePurpose {
  MARKETING = 'MARKETING',
  TRANSACTIONAL = 'TRANSACTIONAL',
}
registerEnumType(MessagePurpose, {
  name: 'MessagePurpose',
  description: 'Why a message is sent; decides consent and which caps count it.',
  valuesConfig: {
    MARKETING: { description: 'An offer or a campaign: only with recorded consent; marketing caps.' },
    TRANSACTIONAL: { description: 'A notice about the buyer\'s own order (payment reminder, logistics, review invitation): transactional caps.' },
  },
});

/** What made a message. */
export enum MessageOrigin {
  CAMPAIGN = 'CAMPAIGN',
  CARE = 'CARE',
  ONE_OFF = 'ONE_OFF',
}
registerEnumType(MessageOrigin, {
  name: 'MessageOrigin',
  description: 'What made a message.',
  valuesConfig: {
    CAMPAIGN: { description: 'A wave of a campaign.' },
    CARE: { description: 'A care rule, on an event of the customer\'s order.' },
    ONE_OFF: { description: 'A staff member, to one customer.' },
  },
});

/** Where a message is in its life; only SCHEDULED moves on by itself. */
export enum MessageStatus {
  SCHEDULED = 'SCHEDULED',
  HANDED_OVER = 'HANDED_OVER',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(MessageStatus, {
  name: 'MessageStatus',
  description: 'Where a message is in its life.',
  valuesConfig: {
    SCHEDULED: { description: 'Decided on when due (at `dueAt`; quiet hours move it later).' },
    HANDED_OVER: { description: 'Passed every rule and handed to the shop\'s sender (through the webhook outbox).' },
    DELIVERED: { description: 'The sender reported it delivered.' },
    FAILED: { description: 'The sender reported it could not be delivered.' },
    SKIPPED: { description: 'A rule stopped it (`rule` says which); never sent.' },
  },
});

/** The rule that decided a message, as the ledger records it. */
export enum MessageRule {
  CLEARED = 'CLEARED',
  QUIET_HOURS = 'QUIET_HOURS',
  HOLDOUT = 'HOLDOUT',
  EXCLUDED_TAG = 'EXCLUDED_TAG',
  NO_CONSENT = 'NO_CONSENT',
  OPTED_OUT = 'OPTED_OUT',
  CAPPED_DAY = 'CAPPED_DAY',
  CAPPED_WEEK = 'CAPPED_WEEK',
  NO_ADDRESS = 'NO_ADDRESS',
  DEDUPLICATED = 'DEDUPLICATED',
  RECENTLY_MESSAGED = 'RECENTLY_MESSAGED',
  LEFT_AUDIENCE = 'LEFT_AUDIENCE',
  WINDOW_CLOSED = 'WINDOW_CLOSED',
  COUPON_UNAVAILABLE = 'COUPON_UNAVAILABLE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MessageRule, {
  name: 'MessageRule',
  description: 'The rule that decided a message.',
  valuesConfig: {
    CLEARED: { description: 'Every rule passed: handed over.' },
    QUIET_HOURS: { description: 'Due inside the shop\'s quiet hours: deferred to their end, never dropped.' },
    HOLDOUT: { description: 'In the campaign\'s holdout group: measured, never sent.' },
    EXCLUDED_TAG: { description: 'The customer carries a tag the audience excludes (reseller, large-order…).' },
    NO_CONSENT: { description: 'Marketing without recorded consent.' },
    OPTED_OUT: { description: 'The customer opted out of marketing.' },
    CAPPED_DAY: { description: 'The customer had as many messages of this purpose today (shop time) as the cap allows.' },
    CAPPED_WEEK: { description: 'The customer had as many messages of this purpose this week (shop time) as the cap allows.' },
    NO_ADDRESS: { description: 'The channel needs an address the customer lacks (a phone for SMS, a WeChat id for WeChat).' },
    DEDUPLICATED: { description: 'An overlapping wave of higher priority messages the customer.' },
    RECENTLY_MESSAGED: { description: 'The customer was messaged within the hours the audience excludes.' },
    LEFT_AUDIENCE: { description: 'Re-evaluated when sent, the customer no longer matches the audience.' },
    WINDOW_CLOSED: { description: 'Its wave\'s send window closed before it could go (the wave was paused past it).' },
    COUPON_UNAVAILABLE: { description: 'The coupon it carries could not be issued (out of stock, the customer\'s limit or tier, the template ended).' },
    CANCELLED: { description: 'Its wave was cancelled before it was sent.' },
  },
});

/** Where a consent record comes from. */
export enum ConsentSource {
  STAFF = 'STAFF',
  CUSTOMER_FORM = 'CUSTOMER_FORM',
  REPLY_KEYWORD = 'REPLY_KEYWORD',
  IMPORT = 'IMPORT',
}
registerEnumType(ConsentSource, {
  name: 'ConsentSource',
  description: 'Where a consent record comes from.',
  valuesConfig: {
    STAFF: { description: 'A staff member recorded what the buyer said (in a chat, on the phone).' },
    CUSTOMER_FORM: { description: 'The buyer ticked a box (shop page, membership sign-up) an integration reports.' },
    REPLY_KEYWORD: { description: 'The buyer replied an opt-out keyword (退订, TD, STOP) the sender reported.' },
    IMPORT: { description: 'Brought in from another system, with its evidence.' },
  },
});
