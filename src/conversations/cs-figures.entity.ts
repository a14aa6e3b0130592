import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** One agent's conversations per local day of their start; kept by triggers (migrations/cs-figures.ts), read by `kpis`. */
@Entity({ tableName: 'cs_day_figures' })
export class CsDayFigures {
  [PrimaryKeyProp]?: ['shopId', 'day', 'agentId'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  agentId!: number;

  @Property({ type: 'integer', default: 0 })
  inquiries: number = 0;

  @Property({ type: 'integer', default: 0 })
  answered: number = 0;

  @Property({ type: 'integer', default: 0 })
  conversions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  convertedAmount: string = '0';

  @Property({ type: 'integer', default: 0 })
  responses: number = 0;

  @Property({ type: 'bigint', default: 0 })
  responseSeconds: string = '0';

  @Property({ type: 'integer', default: 0 })
  countedRounds: number = 0;

  @Property({ type: 'integer', default: 0 })
  fastRounds: number = 0;
}

/** First responses per local day, agent and histogram bucket (FIRST_RESPONSE_BOUNDS). */
@Entity({ tableName: 'cs_day_first_responses' })
export class CsDayFirstResponses {
  [PrimaryKeyProp]?: ['shopId', 'day', 'agentId', 'bucket'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  agentId!: number;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  bucket!: number;

  @Property({ type: 'integer', default: 0 })
  n: number = 0;
}
