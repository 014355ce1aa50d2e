import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Compression done once per distinct body, not once per request: the prerendered chapters never change
 * while the server runs, so after the first request each one is served from memory, already brotli- or
 * gzip-compressed (what Next's own `compress` cannot do: it gzips the same 282 KB page every time).
 */
export type Encoding = 'br' | 'gzip' | 'identity';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/i;
/** Below this a compressed body plus its headers is not worth the CPU. */
export const MIN_COMPRESS_BYTES = 1024;

export function isCompressible(contentType: string | undefined): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType);
}

/** The best encoding the client accepts (RFC 9110 §12.5.3 q-values; `br` preferred at equal q). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const score = (e: string) => q.get(e) ?? q.get('*') ?? 0;
  const br = score('br');
  const gzip = score('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Where the build keeps a page's precompressed bodies: beside it, `X.html.br` and `X.html.gz`. */
export const PRECOMPRESSED_SUFFIX = { br: '.br', gzip: '.gz' } as const;

/**
 * `quick` for a body first met while serving; `best` for one compressed once per build (the prerendered
 * pages: lib/prerender/slim-fs.ts), where the smallest result is worth seconds of CPU.
 */
export async function compress(body: Buffer, encoding: Exclude<Encoding, 'identity'>, effort: 'quick' | 'best' = 'quick'): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        // Quality 11 is ~10× slower for ~3 % less; 9 keeps the first request of a page fast.
        [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? zlib.constants.BROTLI_MAX_QUALITY : 9,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        // A large window is what lets brotli see the page's HTML repeated inside the RSC payload.
        [zlib.constants.BROTLI_PARAM_LGWIN]: effort === 'best' ? 24 : 22,
        ...(effort === 'best' ? { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } : {}),
      },
    });
  }
  return gzip(body, { level: 9, memLevel: effort === 'best' ? 9 : 8 });
}

/** A bounded least-recently-used cache of compressed bodies, keyed by body digest and encoding. */
export class CompressionCache {
  private entries = new Map<string, Promise<Buffer>>();
  private sizes = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: Map iteration order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    made.then(
      (buffer) => {
        if (!this.entries.has(key)) return;
        this.sizes.set(key, buffer.length);
        this.bytes += buffer.length;
        this.evict();
      },
      () => this.entries.delete(key),
    );
    return made;
  }

  /** Keeps a body compressed elsewhere (the build's precompressed pages); it is evicted like any other. */
  put(key: string, buffer: Buffer): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, Promise.resolve(buffer));
    this.sizes.set(key, buffer.length);
    this.bytes += buffer.length;
    this.evict();
  }

  get size(): number {
    return this.bytes;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= this.sizes.get(key) ?? 0;
      this.sizes.delete(key);
    }
  }
}
