import type { ServerResponse } from 'node:http';

/** Answers with a JSON body, as express's `res.status(n).json(body)` would. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** An HTTP route's refusal, shaped like a GraphQL error so clients read one format. */
export function refuseRequest(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** A request URL's path and its query string (with its `?`, or empty). */
export function splitUrl(url: string | undefined): { path: string; search: string } {
  const text = url ?? '';
  const query = text.indexOf('?');
  return query < 0 ? { path: text, search: '' } : { path: text.slice(0, query), search: text.slice(query) };
}

/** The errors a request's HTTP layer answers before GraphQL runs, shaped like GraphQL errors. */
export const BODY_TOO_LARGE = { errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] };
export const BODY_NOT_JSON = { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] };
