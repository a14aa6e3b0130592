import { Webhook } from 'standardwebhooks';
import { liftOf } from '../../src/campaigns/lift';
import { MAX_ATTEMPTS, RETRY_SECONDS, signatures } from '../../src/webhooks/delivery.runner';
import { refusedAddress, refusedUrl } from '../../src/webhooks/webhook-target';

describe('webhook targets', () => {
  it('refuses loopback unless allowed, and private, link-local and reserved addresses unless private targets are allowed', () => {
    expect(refusedUrl('http://127.0.0.1:4100/x', 'public')).toMatch(/loopback/);
    expect(refusedUrl('http://localhost:4100/x', 'public')).toMatch(/loopback/);
    expect(refusedUrl('http://127.0.0.1:4100/x', 'loopback')).toBeNull();
    expect(refusedUrl('http://[::1]:4100/x', 'loopback')).toBeNull();
    for (const ip of ['10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::ffff:10.0.0.1', 'fe80::1', 'fd12::1', '224.0.0.1']) {
      expect([ip, refusedAddress(ip, 'loopback')]).toEqual([ip, expect.stringContaining('private')]);
      expect([ip, refusedAddress(ip, 'private')]).toEqual([ip, null]);
    }
    expect(refusedAddress('::ffff:127.0.0.1', 'public')).toMatch(/loopback/);
    for (const ip of ['8.8.8.8', '203.0.114.1', '2606:4700::1111']) expect(refusedAddress(ip, 'public')).toBeNull();
    expect(refusedUrl('ftp://example.com/', 'private')).toMatch(/http/);
    expect(refusedUrl('https://a:b@example.com/', 'private')).toMatch(/Credentials/);
  });
});

describe('webhook signing and retries', () => {
  it('signs per Standard Webhooks, with both secrets while a rotation overlaps', () => {
    const [oldSecret, newSecret] = ['whsec_' + Buffer.alloc(32, 1).toString('base64'), 'whsec_' + Buffer.alloc(32, 2).toString('base64')];
    const at = new Date();
    const body = JSON.stringify({ type: 'message.send', data: {} });
    const header = signatures([newSecret, oldSecret], 'msg_1', at, body);
    expect(header.split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      expect(() => new Webhook(secret).verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': header })).not.toThrow();
    }
  });

  it('follows the spec\'s schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h', () => {
    expect(RETRY_SECONDS.map((s) => (s < 60 ? `${s}s` : s < 3600 ? `${s / 60}m` : `${s / 3600}h`))).toEqual(['5s', '5m', '30m', '2h', '5h', '10h', '14h', '20h', '24h']);
    expect(MAX_ATTEMPTS).toBe(10);
  });
});

describe('campaign lift', () => {
  it('is the difference of conversion rates with a 95% Wald interval', () => {
    const report = liftOf({ customers: 1000, converted: 120 }, { customers: 1000, converted: 80 });
    expect(report.lift).toBeCloseTo(0.04, 10);
    const se = Math.sqrt((0.12 * 0.88) / 1000 + (0.08 * 0.92) / 1000);
    expect(report.liftLow).toBeCloseTo(0.04 - 1.96 * se, 10);
    expect(report.liftHigh).toBeCloseTo(0.04 + 1.96 * se, 10);
    expect(report.significant).toBe(true);
    expect(liftOf({ customers: 50, converted: 6 }, { customers: 50, converted: 5 }).significant).toBe(false);
    expect(liftOf({ customers: 10, converted: 1 }, { customers: 0, converted: 0 })).toMatchObject({ holdoutRate: null, lift: null, significant: false });
  });
});
