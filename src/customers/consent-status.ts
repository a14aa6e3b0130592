import { registerEnumType } from 'type-graphql';

/** A customer's marketing consent as the ledger judges it. */
export enum ConsentStatus {
  NONE = 'NONE',
  GRANTED = 'GRANTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: 'A customer\'s consent to marketing messages.',
  valuesConfig: {
    NONE: { description: 'Never recorded: no marketing.' },
    GRANTED: { description: 'Recorded with its source and evidence.' },
    WITHDRAWN: { description: 'Opted out: no marketing, scheduled marketing is stopped.' },
  },
});
