import { registerEnumType } from 'type-graphql';

export enum SheetStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SCREENED = 'SCREENED',
}
registerEnumType(SheetStatus, {
  name: 'SheetStatus',
  description: 'Where a registration sheet is in its period.',
  valuesConfig: {
    DRAFT: { description: 'Customer service is still adding entries.' },
    SUBMITTED: { description: 'Handed to the review department; no longer editable.' },
    SCREENED: { description: 'Every entry has been screened.' },
  },
});

export enum EntryKind {
  INQUIRY = 'INQUIRY',
  ORDERED = 'ORDERED',
}
registerEnumType(EntryKind, {
  name: 'EntryKind',
  description: 'Why the customer was registered.',
  valuesConfig: {
    INQUIRY: { description: 'Asked without ordering (a prospect).' },
    ORDERED: { description: 'Placed an order.' },
  },
});

export enum ProspectNote {
  CUSTOM_ORDER = 'CUSTOM_ORDER',
  PRICE_CONCERN = 'PRICE_CONCERN',
  OTHER = 'OTHER',
}
registerEnumType(ProspectNote, {
  name: 'ProspectNote',
  description: 'What customer service noticed about a prospect.',
  valuesConfig: {
    CUSTOM_ORDER: { description: 'Wants a custom order.' },
    PRICE_CONCERN: { description: 'Hesitates on price.' },
    OTHER: { description: 'Something else (see the free text).' },
  },
});

export enum Intent {
  HAS_INTENT = 'HAS_INTENT',
  NO_INTENT = 'NO_INTENT',
}
registerEnumType(Intent, {
  name: 'Intent',
  description: 'The review department\'s verdict on a registered customer.',
  valuesConfig: {
    HAS_INTENT: { description: 'Worth following up: handed to a rep, who gets a first-contact task.' },
    NO_INTENT: { description: 'Not worth following up: the entry is closed with the reviewer\'s note.' },
  },
});
