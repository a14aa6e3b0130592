import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { Role } from '../auth/role';
import { sendJson, splitUrl } from '../common/http-json';
import { queryRows, sql } from '../db/sql';
import { refuseRequest } from '../common/http-json';
import { CallerOf, signedInCaller } from './route-caller';

/** Bytes per stored chunk: what a worker holds in memory at once while it reads an upload. */
const CHUNK_BYTES = 1 << 20;

class TooLarge extends Error {}

const refusal = (status: number, code: string, message: string) => ({ status, code, message });

/**
 * `POST /uploads?name=orders.csv` with the file as the body (any content type), by an admin
 * (`Authorization: Bearer …`): streams it into PostgreSQL in 1 MiB chunks, hashing it on the
 * way, in one transaction (a connection that breaks leaves nothing), and answers
 * `{ uploadId, bytes, sha256 }` for `bulkImportStart`. Over `maxBytes`: 413, nothing kept.
 */
export function uploadRoute(options: { orm: MikroORM; maxBytes: number; callerOf: CallerOf }): RequestHandler {
  return async (req, res) => {
    const viewer = await signedInCaller(req, res, options.callerOf);
    if (!viewer) return;
    const refused =
      viewer.role !== Role.ADMIN || viewer.readOnly
          ? refusal(403, 'FORBIDDEN', 'Only admins upload files for import, with a token that may write.')
          : Number(req.headers['content-length'] ?? 0) > options.maxBytes
            ? refusal(413, 'PAYLOAD_TOO_LARGE', `A file may have at most ${options.maxBytes} bytes.`)
            : null;
    if (refused) {
      res.setHeader('connection', 'close');
      return refuseRequest(res, refused.status, refused.code, refused.message);
    }
    const caller = viewer;
    const name = (new URLSearchParams(splitUrl(req.url).search).get('name') ?? 'upload').slice(0, 200);
    const id = randomUUID();
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      await options.orm.em.fork().transactional(async (em) => {
        await queryRows(em, sql`insert into uploads (id, shop_id, uploaded_by_id, file_name, bytes, sha256) values (${id}, ${caller.shopId}, ${caller.userId}, ${name}, 0, '')`);
        let seq = 0;
        let pending: Buffer[] = [];
        let pendingBytes = 0;
        const store = async () => {
          await queryRows(em, sql`insert into upload_chunks (upload_id, seq, data) values (${id}, ${seq}, ${Buffer.concat(pending)})`);
          seq += 1;
          pending = [];
          pendingBytes = 0;
        };
        for await (const chunk of req as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          if (bytes > options.maxBytes) throw new TooLarge();
          hash.update(chunk);
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= CHUNK_BYTES) await store();
        }
        if (pendingBytes > 0) await store();
        await queryRows(em, sql`update uploads set bytes = ${bytes}, sha256 = ${hash.digest('hex')} where id = ${id}`);
      });
    } catch (error) {
      if (error instanceof TooLarge) {
        res.setHeader('connection', 'close');
        return refuseRequest(res, 413, 'PAYLOAD_TOO_LARGE', `A file may have at most ${options.maxBytes} bytes.`);
      }
      throw error;
    }
    const [stored] = await queryRows<{ sha256: string }>(options.orm.em.fork(), sql`select sha256 from uploads where id = ${id}`);
    sendJson(res, 201, { uploadId: id, bytes, sha256: stored.sha256 });
  };
}
