import { startReceiver } from '../src/webhooks/webhook-receiver';

/**
 * `npm run demo:receiver`: a local webhook receiver that verifies the outbox's signatures and
 * prints what a shop's sender would send. Give it the endpoint's secret (WEBHOOK_SECRET, shown by
 * webhookEndpointCreate; the demo shop's is printed by `npm start`), and register
 * http://127.0.0.1:<port>/webhooks as an endpoint (the demo shop has one; the server must allow
 * loopback targets: WEBHOOK_TARGETS=loopback, which `npm start` sets for the demo).
 */
async function main(): Promise<void> {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    console.error('Set WEBHOOK_SECRET to the endpoint\'s signing secret (whsec_…).');
    process.exit(2);
  }
  const port = Number(process.env.RECEIVER_PORT ?? 4100);
  const receiver = await startReceiver({
    port,
    secrets: () => [secret],
    onEvent: (event) => {
      if (!event.verified) return console.log(`✗ ${event.webhookId}: signature does not verify (refused 401)`);
      if (event.type === 'message.send') {
        const to = event.data.to as { phone?: string | null; wechatId?: string | null; platformHandle: string };
        console.log(`✓ ${event.webhookId} ${event.data.channel} to ${to.phone ?? to.wechatId ?? to.platformHandle}: ${event.data.text}`);
      } else console.log(`✓ ${event.webhookId} ${event.type} ${JSON.stringify(event.data)}`);
    },
  });
  console.log(`Receiving webhooks at ${receiver.url} (signatures checked); Ctrl-C to stop.`);
}

void main();
