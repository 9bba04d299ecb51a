/**
 * Per-client rate limiting that never holds a client's address: each client is known by a keyed
 * hash (HMAC-SHA-256) of its address, under a key derived from a random secret and the UTC date, so
 * the names change every day and cannot be linked across days or turned back into addresses. The
 * counts live in memory only. Web Crypto, so it runs wherever the fetch handler does.
 */

const encoder = new TextEncoder();
const DAY = 24 * 60 * 60 * 1000;

async function hmac(key: CryptoKey, text: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign('HMAC', key, encoder.encode(text));
}

const importKey = (raw: BufferSource) => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

export class RateLimiter {
  private readonly secret: Promise<CryptoKey>;
  private dayKey?: { day: number; key: Promise<CryptoKey> };
  private window = -1;
  private readonly counts = new Map<string, number>();

  /** At most `limit` requests per client in each `windowMs` (a fixed window). */
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    secret: Uint8Array = crypto.getRandomValues(new Uint8Array(32)),
  ) {
    this.secret = importKey(secret as BufferSource);
  }

  /** Today's name for a client address: the same all day, unrelated to yesterday's. */
  async clientKey(address: string): Promise<string> {
    const day = Math.floor(this.now() / DAY);
    if (this.dayKey?.day !== day) this.dayKey = { day, key: this.secret.then(async (secret) => importKey(await hmac(secret, `day ${day}`))) };
    const digest = new Uint8Array(await hmac(await this.dayKey.key, address));
    return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  /** Counts a request; resolves to 0 when it is allowed, else the seconds until the window ends. */
  async take(address: string): Promise<number> {
    const key = await this.clientKey(address);
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limit ? 0 : Math.max(1, Math.ceil(((window + 1) * this.windowMs - now) / 1000));
  }
}
