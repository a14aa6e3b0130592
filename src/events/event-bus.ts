import { EntityManager } from '@mikro-orm/postgresql';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import type { Logger } from 'pino';

/** PostgreSQL channel every instance LISTENs on. */
export const EVENTS_CHANNEL = 'retention_events';

/** `VIEWERS_CHANGED` comes from database triggers: a user, team or shop of `shopId` changed. */
export type EventTopic = 'FOLLOW_UP_TASK_ASSIGNED' | 'REGISTRATION_SHEET_SUBMITTED' | 'VIEWERS_CHANGED';

/** What crosses instances: ids only; subscribers load the records with their own access rules. */
export interface DomainEvent {
  topic: EventTopic;
  shopId: number;
  /** Database id of the task or sheet. */
  id: number;
  /** The user the event is for (the assignee), when it is for one user. */
  userId?: number;
}

/**
 * Publishes inside the caller's transaction: PostgreSQL delivers NOTIFY only on commit, so a
 * rolled-back mutation announces nothing, and every instance on the database hears it.
 */
export async function publishEvent(em: EntityManager, event: DomainEvent): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}

const DEAF = Symbol('event listener connection lost');

/** One instance's LISTEN connection, fanned out to its subscribers. */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private client: Client | null = null;
  private stopped = false;
  private heard = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        const event = JSON.parse(message.payload) as DomainEvent;
        this.emitter.emit(event.topic, event);
      } catch (error) {
        this.logger.warn({ err: error }, 'ignored a malformed event');
      }
    });
    client.on('error', (error) => {
      if (!this.stopped) this.logger.error({ err: error }, 'event listener connection failed');
      this.deaf();
    });
    client.on('end', () => this.deaf());
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.client = client;
    this.heard = true;
  }

  /**
   * Whether this instance hears every event from now on. False before `start`, and for good once
   * the listening connection failed: what relies on hearing changes (the caller cache) must
   * then read the database instead.
   */
  get listening(): boolean {
    return this.heard;
  }

  /** Calls `handler` with each event of a topic, and with `null` if the instance stops hearing events. */
  listen(topic: EventTopic, handler: (event: DomainEvent | null) => void): () => void {
    const lost = () => handler(null);
    this.emitter.on(topic, handler);
    this.emitter.on(DEAF, lost);
    return () => {
      this.emitter.off(topic, handler);
      this.emitter.off(DEAF, lost);
    };
  }

  private deaf(): void {
    if (!this.heard) return;
    this.heard = false;
    this.emitter.emit(DEAF);
  }

  /** Events of a topic for as long as the caller iterates. */
  async *subscribe(topic: EventTopic, accept: (event: DomainEvent) => boolean, signal?: AbortSignal): AsyncGenerator<DomainEvent> {
    for await (const [event] of on(this.emitter, topic, { signal }) as AsyncIterable<[DomainEvent]>) {
      if (accept(event)) yield event;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.deaf();
    await this.client?.end();
    this.client = null;
  }
}
