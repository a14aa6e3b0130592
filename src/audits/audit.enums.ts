import { registerEnumType } from 'type-graphql';

export enum AuditCheckStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(AuditCheckStatus, {
  name: 'AuditCheckStatus',
  description: 'Whether an audit check can still take findings.',
  valuesConfig: { OPEN: { description: 'Findings can be added and answered.' }, CLOSED: { description: 'Signed off: nothing in it can change.' } },
});

export enum FindingCode {
  LATE_FOLLOW_UP = 'LATE_FOLLOW_UP',
  MISSING_FOLLOW_UP = 'MISSING_FOLLOW_UP',
  DROPPED_CUSTOMER = 'DROPPED_CUSTOMER',
  LATE_SHEET = 'LATE_SHEET',
  WRONG_STAGE = 'WRONG_STAGE',
  CHAT_REVIEW = 'CHAT_REVIEW',
  OK = 'OK',
  OTHER = 'OTHER',
}
registerEnumType(FindingCode, {
  name: 'FindingCode',
  description: 'What an audit finding is about.',
  valuesConfig: {
    LATE_FOLLOW_UP: { description: 'A follow-up was done after its due time.' },
    MISSING_FOLLOW_UP: { description: 'A follow-up was not done.' },
    DROPPED_CUSTOMER: { description: 'An owned customer has no open follow-up.' },
    LATE_SHEET: { description: 'A registration sheet was submitted late or not at all.' },
    WRONG_STAGE: { description: 'A customer\'s recorded stage does not match reality.' },
    CHAT_REVIEW: { description: 'The review of a customer-service chat that did not convert (conversationReview).' },
    OK: { description: 'Checked and in order.' },
    OTHER: { description: 'Anything else (see the comment).' },
  },
});

export enum FindingSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  VIOLATION = 'VIOLATION',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a finding is.',
  valuesConfig: { INFO: { description: 'For information.' }, WARNING: { description: 'To watch.' }, VIOLATION: { description: 'Against the rules; to be put right.' } },
});
