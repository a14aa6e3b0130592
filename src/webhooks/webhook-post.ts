import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, refusedAddress, TargetPolicy } from './webhook-target';

/** What one POST came to: the status (null: no answer) and why it failed, if it did. */
export interface PostResult {
  status: number | null;
  error: string | null;
}

/** Agents with kept-alive connections per policy; every connection's address is checked (webhook-target.ts). */
function agentsFor(policy: TargetPolicy) {
  const lookup = guardedLookup(policy) as unknown as http.AgentOptions['lookup'];
  return {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64, lookup }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64, lookup }),
  };
}
const AGENTS = new Map<TargetPolicy, ReturnType<typeof agentsFor>>();

/**
 * POSTs a JSON body and reads at most a few KB of the answer. Redirects are not followed (a
 * redirect could lead inside the network); every failure is an answer, never a throw.
 */
export function postJson(url: string, headers: Record<string, string>, body: string, timeoutMs: number, policy: TargetPolicy): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ status: null, error: 'Not a URL.' });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const refused = isIP(host) ? refusedAddress(host, policy) : null;
    if (refused) return resolve({ status: null, error: `Refused: ${refused}` });
    const agents = AGENTS.get(policy) ?? AGENTS.set(policy, agentsFor(policy)).get(policy)!;
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(
      target,
      {
        method: 'POST',
        agent: agents[target.protocol as 'http:' | 'https:'],
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'retention-loop-webhooks/1', ...headers },
        timeout: timeoutMs,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 16_384) response.destroy();
        });
        const status = response.statusCode ?? null;
        const done = () => resolve({ status, error: status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}` });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)));
    request.on('error', (error: Error) => resolve({ status: null, error: error.message }));
    request.on('close', () => clearTimeout(timer));
    request.end(body);
  });
}
