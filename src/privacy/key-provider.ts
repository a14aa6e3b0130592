import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Where shop keys live. A customer's data key is stored only wrapped by its shop's key of a
 * version; the shop key itself never reaches the database. A KMS plugs in here: `wrap` and
 * `unwrap` become its encrypt and decrypt calls under the shop's key version, `hashKey` a key it
 * hands out for lookups.
 */
export interface KeyProvider {
  wrap(shopId: number, version: number, dataKey: Buffer): Buffer;
  unwrap(shopId: number, version: number, wrapped: Buffer): Buffer;
  /** The shop's key for keyed hashes of phone numbers and WeChat ids (exact lookups). */
  hashKey(shopId: number): Buffer;
}

const NONCE = 12;
const TAG = 16;

/**
 * The provider of this server: shop keys derived (HKDF-SHA256) from the master key of the
 * settings (DATA_MASTER_KEY or the generated `.data/data-master-key`), one per shop and version.
 * A data key is wrapped with AES-256-GCM, the shop and version bound in.
 */
export class LocalKeyProvider implements KeyProvider {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly master: Buffer) {}

  private derive(info: string): Buffer {
    let key = this.keys.get(info);
    if (!key) this.keys.set(info, (key = Buffer.from(hkdfSync('sha256', this.master, 'retention-loop keys', info, 32))));
    return key;
  }

  wrap(shopId: number, version: number, dataKey: Buffer): Buffer {
    const nonce = randomBytes(NONCE);
    const cipher = createCipheriv('aes-256-gcm', this.derive(`shop:${shopId}:v${version}`), nonce);
    cipher.setAAD(Buffer.from(`data-key:${shopId}:${version}`));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]);
  }

  unwrap(shopId: number, version: number, wrapped: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.derive(`shop:${shopId}:v${version}`), wrapped.subarray(0, NONCE));
    decipher.setAAD(Buffer.from(`data-key:${shopId}:${version}`));
    decipher.setAuthTag(wrapped.subarray(NONCE, NONCE + TAG));
    return Buffer.concat([decipher.update(wrapped.subarray(NONCE + TAG)), decipher.final()]);
  }

  hashKey(shopId: number): Buffer {
    return this.derive(`lookup:${shopId}`);
  }
}

let installed: KeyProvider | null = null;

/** Makes `provider` the process's key provider (at start-up, from the settings: `LocalKeyProvider` over DATA_MASTER_KEY). */
export function installKeyProvider(provider: KeyProvider): void {
  installed = provider;
}

/** The process's key provider. */
export function keyProvider(): KeyProvider {
  if (!installed) throw new Error('No key provider is installed (installKeyProvider at start-up).');
  return installed;
}
