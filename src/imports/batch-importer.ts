import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import type { FileRecord } from './import-file';

/** A refused row of a file: its line, the column (as the file names it), a code and why. */
export interface FileRowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** What a batch changed, and the rows it refused. */
export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: FileRowError[];
}

/** How one format's rows are imported, batch by batch, each batch in the caller's transaction. */
export interface BatchImporter {
  /** Whether a batch of `size` rows may end between these two rows (a conversation's messages stay together). */
  canCut(previous: FileRecord, next: FileRecord, size: number): boolean;
  write(ctx: AuthedContext, em: EntityManager, importId: number, batch: FileRecord[]): Promise<BatchResult>;
}
