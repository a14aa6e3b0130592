import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** An event a receiver took, its signature verified. */
export interface ReceivedEvent {
  webhookId: string;
  type: string;
  data: Record<string, unknown>;
  /** Whether the signature verified with the receiver's secret. */
  verified: boolean;
}

/** What the receiver answers an event: an HTTP status, or 'hang' (no answer, as a dead peer). */
export type ReceiverAnswer = number | 'hang';

export interface WebhookReceiver {
  url: string;
  received: ReceivedEvent[];
  close(): Promise<void>;
}

/**
 * A receiver of the outbox's webhooks, as a shop's sender would run one: it verifies each
 * request's Standard Webhooks signature (refusing a bad one with 401) and answers as told.
 * `npm run demo:receiver` runs it and prints what it would send; the tests run it to check
 * what the outbox delivers.
 */
export async function startReceiver(options: { port?: number; secrets: () => string[]; answer?: (event: ReceivedEvent) => ReceiverAnswer; onEvent?: (event: ReceivedEvent) => void }): Promise<WebhookReceiver> {
  const received: ReceivedEvent[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = { 'webhook-id': String(req.headers['webhook-id'] ?? ''), 'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''), 'webhook-signature': String(req.headers['webhook-signature'] ?? '') };
      const verified = options.secrets().some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      let parsed: { type?: string; data?: Record<string, unknown> } = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        // answered 400 below
      }
      const event: ReceivedEvent = { webhookId: headers['webhook-id'], type: parsed.type ?? '', data: parsed.data ?? {}, verified };
      received.push(event);
      options.onEvent?.(event);
      if (!verified) return void res.writeHead(401).end('bad signature');
      if (!parsed.type) return void res.writeHead(400).end('not an event');
      const answer = options.answer?.(event) ?? 204;
      if (answer === 'hang') return void hanging.add(res);
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
