import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';

/**
 * A file staged for a bulk operation (`POST /uploads`). Its bytes live in PostgreSQL as
 * `UploadChunk`s, so whichever instance's worker runs the job can read it, and a restart loses
 * nothing. Written with SQL, never through the ORM's change tracking (the audit trail records
 * the import, not a megabyte of bytes).
 */
@Entity({ tableName: 'uploads' })
export class Upload {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy: Ref<User> | null;

  @Property({ type: 'text' })
  fileName: string;

  @Property({ type: 'bigint' })
  bytes: number;

  /** Hex sha256 of the bytes: the same file uploaded again is recognised. */
  @Property({ type: 'text' })
  sha256: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date;
}

/** One piece (up to 1 MiB) of an upload's bytes, in order. */
@Entity({ tableName: 'upload_chunks' })
export class UploadChunk {
  @ManyToOne(() => Upload, { primary: true, ref: true, deleteRule: 'cascade' })
  upload: Ref<Upload>;

  @PrimaryKey({ type: 'integer' })
  seq: number;

  @Property({ type: 'blob' })
  data: Buffer;
}
