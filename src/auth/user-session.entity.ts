import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';

/**
 * One sign-in: its session token names it (`sid`), and works only while it is not ended. Ended
 * by `logout`, by a password change and by an admin's `userSessionsEnd`; a trigger announces
 * the end to every instance (VIEWERS_CHANGED), which forget the caller and close its sockets.
 */
@Entity({ tableName: 'user_sessions' })
@Index({ name: 'user_sessions_user_open_idx', properties: ['user', 'endedAt'] })
export class UserSession {
  /** Random, unguessable; carried in the token. */
  @PrimaryKey({ type: 'text' })
  id: string;

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  /** Ends the session (again is harmless). */
  end(now: Date): void {
    this.endedAt ??= now;
  }
}
