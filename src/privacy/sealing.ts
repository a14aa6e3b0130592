import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal values sealed with a customer's data key (AES-256-GCM): a version byte, a random
 * 12-byte nonce, the 16-byte tag, then the ciphertext. The field's name is bound in as
 * associated data, so a phone's ciphertext cannot be passed off as a WeChat id. Pure: keys in,
 * bytes out.
 */
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A fresh data key (32 random bytes). */
export const newDataKey = (): Buffer => randomBytes(32);

/** Random bytes drawn 64 KiB at a time: a batch seals thousands of values, and a call to the system for each nonce cost more than the sealing. */
let pool: Buffer = Buffer.alloc(0);
function nextNonce(): Buffer {
  if (pool.length < NONCE_BYTES) pool = randomBytes(65_536);
  const bytes = Buffer.from(pool.subarray(0, NONCE_BYTES));
  pool = pool.subarray(NONCE_BYTES);
  return bytes;
}

export function seal(key: Buffer, field: string, value: string): Buffer {
  const nonce = nextNonce();
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(field, 'utf8'));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

/** The value sealed under `field`; throws when the key or the field is not the one it was sealed with, or the bytes were changed. */
export function unseal(key: Buffer, field: string, sealed: Buffer): string {
  if (sealed.length < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new Error('Not a sealed value of a known version.');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 1 + NONCE_BYTES));
  decipher.setAAD(Buffer.from(field, 'utf8'));
  decipher.setAuthTag(sealed.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(1 + NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** A keyed hash for exact lookups (HMAC-SHA256): equal inputs under one key give equal hashes, and nothing else can be learnt from it. */
export const keyedHash = (key: Buffer, value: string): Buffer => createHmac('sha256', key).update(value, 'utf8').digest();

/**
 * A phone number as lookups compare it: digits only, the +86/0086 country code dropped, so
 * `+86 138-0013-8000` and `13800138000` are one number. Null when too short to be one.
 */
export function normalizedPhone(text: string): string | null {
  let digits = text.replace(/\D/g, '');
  if (/^(0086|86)1\d{10}$/.test(digits)) digits = digits.replace(/^(0086|86)/, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}
