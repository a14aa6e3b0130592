import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoSecretFile } from '../seeds/demo-messages';
import { startReceiver } from '../src/webhooks/webhook-receiver';

/**
 * `npm run demo:receiver`: a local webhook receiver on 127.0.0.1:4100 that verifies the
 * outbox's signatures and prints what a shop's sender would send. It reads the demo endpoint's
 * secret from the data folder `npm start` seeded (DATA_DIR, default .data), or WEBHOOK_SECRET.
 * Deliveries that failed while it was not running arrive at their next retry (5 s, then 5 min…).
 */
async function main(): Promise<void> {
  const file = demoSecretFile(path.resolve(process.env.DATA_DIR || path.join(process.cwd(), '.data')));
  // Started before the demo was seeded: wait for `npm start` to write the secret.
  if (!process.env.WEBHOOK_SECRET && !existsSync(file)) console.log(`Waiting for ${file} (npm start writes it when it seeds the demo)…`);
  while (!process.env.WEBHOOK_SECRET && !existsSync(file)) await new Promise((r) => setTimeout(r, 1000));
  const secret = process.env.WEBHOOK_SECRET ?? readFileSync(file, 'utf8').trim();
  const port = Number(process.env.RECEIVER_PORT ?? 4100);
  const receiver = await startReceiver({
    port,
    secrets: () => [secret],
    onEvent: (event) => {
      if (!event.verified) return console.log(`✗ ${event.webhookId}: signature does not verify (answered 401)`);
      if (event.type === 'message.send') {
        const to = event.data.to as { phone?: string | null; wechatId?: string | null; platformHandle: string };
        console.log(`✓ ${event.webhookId} ${String(event.data.channel)} → ${to.phone ?? to.wechatId ?? to.platformHandle}: ${String(event.data.text)}`);
      } else console.log(`✓ ${event.webhookId} ${event.type} ${JSON.stringify(event.data)}`);
    },
  });
  console.log(`Receiving webhooks at ${receiver.url}, checking signatures; Ctrl-C to stop.`);
}

void main();
