import type { EventBus } from '../events/event-bus';

interface Entry<R> {
  row: R;
  shopId: number;
  expires: number;
}

/** Past this many sessions, the cache starts over (a shop's staff is far fewer). */
const MAX_ENTRIES = 10_000;

/**
 * Session callers by session id (the user, the team they lead, their shop), so a request does not
 * read them again: that read was one statement of every request. It is only as good as what it
 * hears, so:
 * - database triggers announce every change to users, teams and shops (`VIEWERS_CHANGED`, on
 *   commit, to every instance), and the shop's callers are forgotten;
 * - this instance forgets a shop's callers itself when one of its mutations commits, so the
 *   caller's next request sees the change without waiting for the announcement;
 * - a read that started before a change is not stored after it (the generation check);
 * - without the event connection nothing is cached, and entries expire after `ttlMs` anyway.
 * Another instance's change reaches this one when PostgreSQL delivers the notification
 * (milliseconds after commit).
 */
export class ViewerCache<R> {
  private readonly entries = new Map<string | number, Entry<R>>();
  private changes = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly events: Pick<EventBus, 'listening'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Hears the database's announcements; returns the function that stops hearing them. */
  static listening<R>(ttlMs: number, events: EventBus): { cache: ViewerCache<R>; stop: () => void } {
    const cache = new ViewerCache<R>(ttlMs, events);
    const stop = events.listen('VIEWERS_CHANGED', (event) => (event ? cache.forgetShop(event.shopId) : cache.forgetAll()));
    return { cache, stop };
  }

  private get enabled(): boolean {
    return this.ttlMs > 0 && this.events.listening;
  }

  /** Pass to `set`: a read started now is stored only if nothing changed meanwhile. */
  get generation(): number {
    return this.changes;
  }

  get(userId: string | number): R | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(userId);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(userId);
      return undefined;
    }
    return entry.row;
  }

  set(userId: string | number, shopId: number, row: R, readAt: number): void {
    if (!this.enabled || readAt !== this.changes) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(userId, { row, shopId, expires: this.now() + this.ttlMs });
  }

  forgetShop(shopId: number): void {
    this.changes++;
    for (const [userId, entry] of this.entries) if (entry.shopId === shopId) this.entries.delete(userId);
  }

  forgetAll(): void {
    this.changes++;
    this.entries.clear();
  }
}
