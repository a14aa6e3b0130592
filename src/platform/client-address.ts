import type { IncomingMessage } from 'node:http';

/**
 * The address a request comes from, for per-address throttles: the peer's, or behind a trusted
 * load balancer (TRUST_PROXY) the last address of X-Forwarded-For, the one the balancer itself
 * saw (earlier entries are whatever the client wrote).
 */
export function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((a) => a.trim()).filter(Boolean);
  return list.length > 0 ? list[list.length - 1].slice(0, 64) : peer;
}
