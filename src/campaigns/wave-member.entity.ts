import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A wave's `materialized_through` once every member is a ledger row. */
export const MEMBERS_DONE = 2147483647;

/**
 * A wave's audience as snapshotted when it was scheduled: one narrow row per customer (and
 * whether the holdout keeps them), written in one statement. The ledger's message rows are made
 * from it when the wave is due, a batch at a time, so scheduling 100k customers writes 100k
 * small rows, not 100k ledger rows with their five indexes. No foreign keys: a check per row
 * would double the snapshot's cost, and waves and customers are never deleted (customers are
 * erased in place).
 */
@Entity({ tableName: 'wave_members' })
@Index({ properties: ['customerId'] })
export class WaveMember {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  waveId: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  customerId: number;

  @Property({ type: 'boolean' })
  held: boolean;
}
