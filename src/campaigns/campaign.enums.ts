import { registerEnumType } from 'type-graphql';

/** Where a wave is. */
export enum WaveStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PAUSED = 'PAUSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WaveStatus, {
  name: 'WaveStatus',
  description: 'Where a campaign wave is.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: audience and size can be previewed; nothing is decided yet.' },
    SCHEDULED: { description: 'Its audience is snapshotted into the ledger; its messages go at the send time.' },
    PAUSED: { description: 'Its messages wait (none goes) until it is resumed.' },
    CANCELLED: { description: 'Its unsent messages were stopped.' },
  },
});
