import { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import type { Logger } from 'pino';

/** PostgreSQL channel every instance LISTENs on. */
export const EVENTS_CHANNEL = 'retention_events';

/** `VIEWERS_CHANGED` comes from database triggers: a user, team, shop, session or API token of `shopId` changed. */
export type EventTopic = 'FOLLOW_UP_TASK_ASSIGNED' | 'REGISTRATION_SHEET_SUBMITTED' | 'BULK_IMPORT_PROGRESS' | 'KPI_INCIDENT_OPENED' | 'VIEWERS_CHANGED';

/** What crosses instances: ids only; subscribers load the records with their own access rules. */
export interface DomainEvent {
  topic: EventTopic;
  shopId: number;
  /** Database id of the task or sheet. */
  id: number;
  /** The user the event is for (the assignee), when it is for one user. */
  userId?: number;
  /** When it was published (epoch ms), for the delivery lag. */
  at?: number;
}

/** An event as NOTIFY carries it: with the id of its `domain_events` row (none for trigger announcements). */
type Notified = DomainEvent & { eventId?: number };

/**
 * Publishes inside the caller's transaction: the event is written to `domain_events` (so an
 * instance that was not listening reads it later) and announced with NOTIFY, which PostgreSQL
 * delivers only on commit; a rolled-back mutation announces nothing. One statement.
 */
export async function publishEvent(em: EntityManager, published: DomainEvent): Promise<void> {
  const event = { ...published, at: Date.now() };
  const payload = JSON.stringify(event);
  await queryRows(
    em,
    sql`with e as (insert into domain_events (topic, shop_id, payload) values (${event.topic}, ${event.shopId}, ${payload}::jsonb) returning id)
     select pg_notify(${EVENTS_CHANNEL}, (${payload}::jsonb || jsonb_build_object('eventId', e.id))::text) from e`,
  );
}

/** Deletes events older than a day: nothing reconnects after that long without starting over. */
export async function pruneDomainEvents(em: EntityManager): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(em, sql`with gone as (delete from domain_events where created_at < now() - interval '1 day' returning 1) select count(*)::int as n from gone`);
  return n;
}

const DEAF = Symbol('event listener connection lost');
const HEARD_AGAIN = Symbol('event listener connection back');
/** Delivered event ids remembered, so one read again after a reconnect is not delivered twice. */
const REMEMBERED = 10_000;
/** How far back (in ids) a reconnect reads: commits land out of id order within concurrent transactions. */
const ID_MARGIN = 1000;

export interface EventBusOptions {
  /** First pause before reconnecting; it doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * One instance's LISTEN connection, fanned out to its subscribers. When the connection is lost
 * (a restart, a failover, a killed backend) it reconnects with backoff, LISTENs again, and
 * delivers in order what was committed meanwhile, read from `domain_events`; subscribers see no
 * gap. While it is away, `listening` is false (the caller cache stops caching), and listeners
 * hear `null` once; they hear `reconnected` handlers when it is back.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private client: Client | null = null;
  private stopped = false;
  private heard = false;
  private readonly delivered = new Set<number>();
  private lastDelivered = 0;
  /** The newest event id when this instance first listened: what came before is not its to deliver. */
  private floor = 0;
  private backoff: number;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** Notifications that arrive while missed events are being read, delivered after them. */
  private held: Notified[] | null = null;
  /** Times the connection was lost and made again (for the metrics). */
  reconnects = 0;
  /** From the last event's publication to its delivery here (ms; null before the first). */
  lastLagMs: number | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    private readonly options: EventBusOptions = {},
  ) {
    this.emitter.setMaxListeners(0);
    this.backoff = options.backoffMs ?? 100;
  }

  async start(): Promise<void> {
    await this.connect(false);
  }

  private async connect(catchUp: boolean): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'retention-loop events' });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload || client !== this.client) return;
      try {
        const event = JSON.parse(message.payload) as Notified;
        if (this.held) this.held.push(event);
        else this.deliver(event);
      } catch (error) {
        this.logger.warn({ err: error }, 'ignored a malformed event');
      }
    });
    const lost = (error?: Error) => {
      if (client !== this.client) return;
      this.client = null;
      if (!this.stopped) this.logger.error({ err: error }, 'event listener connection lost; reconnecting');
      this.deaf();
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      this.client = client;
      this.held = [];
      await client.query(`listen ${EVENTS_CHANNEL}`);
      // LISTEN is in force: anything committed from now on arrives as a notification (and is
      // held until the missed events are out); anything before it is in the table.
      if (catchUp) for (const event of await this.missed(client)) this.deliver(event);
      else this.floor = Number((await client.query<{ id: string }>('select coalesce(max(id), 0) as id from domain_events')).rows[0].id);
    } catch (error) {
      this.held = null;
      if (this.client === client) this.client = null;
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    const held = this.held ?? [];
    this.held = null;
    for (const event of held) this.deliver(event);
    this.backoff = this.options.backoffMs ?? 100;
    this.heard = true;
    if (catchUp) {
      this.reconnects++;
      this.emitter.emit(HEARD_AGAIN);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.backoff * (0.75 + Math.random() / 2);
    this.backoff = Math.min(this.backoff * 2, this.options.maxBackoffMs ?? 5000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.connect(true).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'event listener could not reconnect yet');
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  /** Events committed since the last one delivered (and a margin before it), oldest first. */
  private async missed(client: Client): Promise<Notified[]> {
    const { rows } = await client.query<{ id: string; payload: DomainEvent }>(
      `select id, payload from domain_events where id > $1 and created_at > now() - interval '1 day' order by id`,
      [Math.max(this.floor, this.lastDelivered - ID_MARGIN)],
    );
    return rows.map((row) => ({ ...row.payload, eventId: Number(row.id) }));
  }

  private deliver(event: Notified): void {
    if (event.eventId !== undefined) {
      if (this.delivered.has(event.eventId)) return;
      this.delivered.add(event.eventId);
      if (this.delivered.size > REMEMBERED) this.delivered.delete(this.delivered.values().next().value as number);
      this.lastDelivered = Math.max(this.lastDelivered, event.eventId);
    }
    if (typeof event.at === 'number') this.lastLagMs = Math.max(0, Date.now() - event.at);
    const { eventId: _eventId, ...domainEvent } = event;
    this.emitter.emit(event.topic, domainEvent);
  }

  /**
   * Whether this instance hears every event now. False before `start` and while the listening
   * connection is away: what relies on hearing changes (the caller cache) must then read the
   * database instead.
   */
  get listening(): boolean {
    return this.heard;
  }

  /** Calls `handler` with each event of a topic, and with `null` when the instance stops hearing events. */
  listen(topic: EventTopic, handler: (event: DomainEvent | null) => void): () => void {
    const lost = () => handler(null);
    this.emitter.on(topic, handler);
    this.emitter.on(DEAF, lost);
    return () => {
      this.emitter.off(topic, handler);
      this.emitter.off(DEAF, lost);
    };
  }

  /** Calls `handler` each time the instance hears events again after a loss (what was missed is delivered by then). */
  onReconnected(handler: () => void): () => void {
    this.emitter.on(HEARD_AGAIN, handler);
    return () => this.emitter.off(HEARD_AGAIN, handler);
  }

  private deaf(): void {
    if (!this.heard) return;
    this.heard = false;
    this.emitter.emit(DEAF);
  }

  /** How many subscribers of a topic this instance has now (what tests wait for instead of sleeping). */
  subscribers(topic: EventTopic): number {
    return this.emitter.listenerCount(topic);
  }

  /** Events of a topic for as long as the caller iterates. */
  async *subscribe(topic: EventTopic, accept: (event: DomainEvent) => boolean, signal?: AbortSignal): AsyncGenerator<DomainEvent> {
    for await (const [event] of on(this.emitter, topic, { signal }) as AsyncIterable<[DomainEvent]>) {
      if (accept(event)) yield event;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.deaf();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
