import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sendJson, splitUrl } from '../common/http-json';
import { queryRows, sql } from '../db/sql';

/** Bytes per stored chunk: what a worker holds in memory at once while it reads an upload. */
const CHUNK_BYTES = 1 << 20;

class TooLarge extends Error {}

const refusal = (status: number, code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/**
 * `POST /uploads?name=orders.csv` with the file as the body (any content type), by an admin
 * (`Authorization: Bearer …`): streams it into PostgreSQL in 1 MiB chunks, hashing it on the
 * way, in one transaction (a connection that breaks leaves nothing), and answers
 * `{ uploadId, bytes, sha256 }` for `bulkImportStart`. Over `maxBytes`: 413, nothing kept.
 */
export function uploadRoute(options: { orm: MikroORM; maxBytes: number; callerOf(req: IncomingMessage): Promise<Viewer | null> }): RequestHandler {
  return async (req, res) => {
    let viewer: Viewer | null;
    try {
      viewer = await options.callerOf(req);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const { status, body } = refusal(401, String(error.extensions.code ?? 'UNAUTHENTICATED'), error.message);
      return sendJson(res, status, body);
    }
    const refused =
      viewer === null
        ? refusal(401, 'UNAUTHENTICATED', 'Sign in (Authorization: Bearer <token>) to upload.')
        : viewer.role !== Role.ADMIN || viewer.readOnly
          ? refusal(403, 'FORBIDDEN', 'Only admins upload files for import, with a token that may write.')
          : Number(req.headers['content-length'] ?? 0) > options.maxBytes
            ? refusal(413, 'PAYLOAD_TOO_LARGE', `A file may have at most ${options.maxBytes} bytes.`)
            : null;
    if (refused) {
      res.setHeader('connection', 'close');
      return sendJson(res, refused.status, refused.body);
    }
    const caller = viewer!;
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
        const { status, body } = refusal(413, 'PAYLOAD_TOO_LARGE', `A file may have at most ${options.maxBytes} bytes.`);
        return sendJson(res, status, body);
      }
      throw error;
    }
    const [stored] = await queryRows<{ sha256: string }>(options.orm.em.fork(), sql`select sha256 from uploads where id = ${id}`);
    sendJson(res, 201, { uploadId: id, bytes, sha256: stored.sha256 });
  };
}
