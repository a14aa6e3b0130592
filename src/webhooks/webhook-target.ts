import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Which addresses an endpoint may reach besides public ones (setting WEBHOOK_TARGETS). */
export type TargetPolicy = 'public' | 'loopback' | 'private';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Addresses no public service has: private networks, link-local (cloud metadata at 169.254.169.254), CGNAT, multicast, reserved. */
const PRIVATE = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/** Why an address may not be reached under the policy (null: it may). IPv4-mapped IPv6 is judged as IPv4. */
export function refusedAddress(address: string, policy: TargetPolicy): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(ip, family)) return policy === 'public' ? `${address} is a loopback address` : null;
  if (PRIVATE.check(ip, family)) return policy === 'private' ? null : `${address} is a private, link-local or reserved address`;
  return null;
}

/** Why a URL cannot be an endpoint, by its form alone (null: fine so far). */
export function refusedUrl(text: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not a URL.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https URLs receive webhooks.';
  if (url.username || url.password) return 'Credentials in the URL are not allowed; the signature authenticates the sender.';
  if (text.length > 2000) return 'The URL is longer than 2000 characters.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return refusedAddress(host, policy);
  if (host === 'localhost' || host.endsWith('.localhost')) return policy === 'public' ? 'localhost is a loopback address' : null;
  return null;
}

/** Resolves a host name and says why it cannot be reached (null: every address it resolves to may be). */
export function refusedHost(host: string, policy: TargetPolicy): Promise<string | null> {
  return new Promise((resolve) => {
    dnsLookup(host, { all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return resolve(`${host} does not resolve (${error.code ?? error.message}).`);
      for (const a of addresses) {
        const why = refusedAddress(a.address, policy);
        if (why) return resolve(`${host} resolves to ${why}.`);
      }
      resolve(null);
    });
  });
}

/**
 * A `lookup` for node's HTTP agents that refuses forbidden addresses at connection time, so a
 * name that resolved to a public address when the endpoint was saved cannot be pointed inside
 * later (DNS rebinding).
 */
export function guardedLookup(policy: TargetPolicy) {
  return (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '');
      const refused = addresses.map((a) => refusedAddress(a.address, policy)).find(Boolean);
      if (refused) return callback(Object.assign(new Error(`Refused: ${refused}`), { code: 'EADDRREFUSED' }), '');
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
