import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BODY_NOT_JSON, BODY_TOO_LARGE, sendJson, splitUrl } from './http-json';

/** JSON, as a client names it: `application/json`, with at most a UTF-8 charset. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** What body-parser's strict JSON accepts as a first character (whitespace aside). */
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/;

/**
 * Whether a request is an API client's operation: a POST to exactly `/graphql` with a UTF-8
 * JSON body, not compressed. Those go to {@link graphqlPostHandler}; everything else (the IDE,
 * GET queries, other charsets or encodings, health checks) goes through express as before.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || splitUrl(req.url).path !== '/graphql') return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type'];
  return type !== undefined && PLAIN_JSON.test(type);
}

type Body = { json: unknown } | { refused: typeof BODY_TOO_LARGE; status: 413 } | { refused: typeof BODY_NOT_JSON; status: 400 };

/** Reads a body of at most `limit` bytes (draining a longer one, as body-parser does) and parses it as strict JSON; null if the client went away. */
function readJsonBody(req: IncomingMessage, limit: number): Promise<Body | null> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { refused: BODY_TOO_LARGE, status: 413 } : parseJson(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size))));
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null)); // after 'end' this changes nothing
  });
}

function parseJson(bytes: Buffer): Body {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // An empty body is {} (body-parser's rule), which Apollo refuses as an operation without a query.
  if (text.length === 0) return { json: {} };
  const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[') return { refused: BODY_NOT_JSON, status: 400 };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { refused: BODY_NOT_JSON, status: 400 };
  }
}

export interface GraphqlPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  maxBodyBytes: number;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Answers an error no layer expected (logged, masked). */
  failed: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * Runs an API client's operation on Apollo straight from Node's request, without express: its
 * router, body-parser and `res.send` were about a twentieth of a list request's CPU, for work
 * this path does in a few lines (the body limit, strict JSON, the same error answers). Apollo
 * still does everything GraphQL over HTTP asks (content negotiation, CSRF prevention, status
 * codes).
 */
export function graphqlPostHandler<TContext extends BaseContext>({ apollo, maxBodyBytes, context, failed }: GraphqlPostOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readJsonBody(req, maxBodyBytes);
      if (body === null || res.destroyed) return;
      if ('refused' in body) {
        sendJson(res, body.status, body.refused);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: splitUrl(req.url).search, body: body.json },
        context: () => context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (!res.headersSent) failed(error, req, res);
      else res.destroy();
    }
  };
}
