import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { queryRows, sql } from '../db/sql';
import { FileEncoding } from './bulk-import.enums';

/** One line of a file as read: its number in the file (1-based), its fields, and how many of the file's bytes were read by then (to the chunk). */
export interface FileRecord {
  line: number;
  fields: string[];
  bytes: number;
}

/** How far into the upload the reading is. */
interface Position {
  bytes: number;
}

/** An upload's bytes, chunk by chunk, read one statement at a time: memory holds one chunk. */
async function* chunksOf(em: EntityManager, uploadId: string, position: Position): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const [row] = await queryRows<{ data: Buffer }>(em, sql`select data from upload_chunks where upload_id = ${uploadId} and seq = ${seq}`);
    if (!row) return;
    position.bytes += row.data.length;
    yield row.data;
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Whether `bytes` is UTF-8, allowing a character cut at the end (the next chunk completes it). */
function looksUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The upload as text, decoded as it streams (AUTO: UTF-8 if the first chunk is, else GB18030). */
async function* textOf(em: EntityManager, uploadId: string, encoding: FileEncoding, position: Position): AsyncGenerator<string> {
  let decode: ((chunk: Buffer) => string) | null = null;
  let flush: () => string = () => '';
  for await (const chunk of chunksOf(em, uploadId, position)) {
    if (!decode) {
      const utf8 = encoding === FileEncoding.UTF8 || (encoding === FileEncoding.AUTO && (chunk.subarray(0, 3).equals(UTF8_BOM) || looksUtf8(chunk)));
      if (utf8) {
        const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
        decode = (bytes) => decoder.decode(bytes, { stream: true });
        flush = () => decoder.decode();
      } else {
        const decoder = iconv.getDecoder('gb18030');
        decode = (bytes) => decoder.write(bytes);
        flush = () => decoder.end() ?? '';
      }
    }
    const text = decode(chunk);
    if (text) yield text;
  }
  const rest = flush();
  if (rest) yield rest;
}

/**
 * The records of a CSV upload, streamed: fields as text, with each record's line number.
 * Quoted fields may hold commas and line breaks; a record's number is the line it starts on.
 */
export async function* csvRecords(em: EntityManager, uploadId: string, encoding: FileEncoding): AsyncGenerator<FileRecord> {
  const position = { bytes: 0 };
  const parser = Readable.from(textOf(em, uploadId, encoding, position)).pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, trim: false }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    yield { line: info.lines - (record.join(',').split('\n').length - 1), fields: record, bytes: position.bytes };
  }
}

/** The lines of a JSON Lines upload, streamed, each with its number; blank lines are skipped. */
export async function* jsonLines(em: EntityManager, uploadId: string, encoding: FileEncoding): AsyncGenerator<FileRecord> {
  let pending = '';
  let line = 0;
  const position = { bytes: 0 };
  for await (const text of textOf(em, uploadId, encoding, position)) {
    pending += text;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      line += 1;
      const content = pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
      if (content.trim()) yield { line, fields: [content], bytes: position.bytes };
      end = pending.indexOf('\n');
    }
  }
  if (pending.trim()) yield { line: line + 1, fields: [pending.replace(/\r$/, '')], bytes: position.bytes };
}
