import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Holds back a response the app writes until it is complete, so that headers depending on the body (the
 * CSP hashes of its inline scripts, an ETag) can be set and the body compressed once, from a cache.
 * Only bodies `shouldCapture` accepts (by status and content type, known when headers are written) are
 * held; any other response goes straight through as the app writes it.
 */
export interface Captured {
  status: number;
  body: Buffer;
}

export function captureResponse(
  res: ServerResponse,
  shouldCapture: (res: ServerResponse) => boolean,
  onComplete: (captured: Captured) => void,
): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let decided: 'capture' | 'pass' | null = null;
  let ended = false;
  const chunks: Buffer[] = [];

  const restore = () => {
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    res.flushHeaders = original.flushHeaders;
  };

  /** Called when the status and headers are final: decide once whether to hold the body. */
  const decide = () => {
    if (decided) return decided;
    decided = shouldCapture(res) ? 'capture' : 'pass';
    if (decided === 'pass') restore();
    return decided;
  };

  const toBuffer = (chunk: unknown, encoding?: BufferEncoding): Buffer | null => {
    if (chunk === undefined || chunk === null) return null;
    if (Buffer.isBuffer(chunk)) return chunk;
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return Buffer.from(String(chunk), encoding ?? 'utf8');
  };

  const callbackOf = (args: unknown[]) => args.find((a): a is () => void => typeof a === 'function');
  const encodingOf = (args: unknown[]) => args.find((a): a is BufferEncoding => typeof a === 'string');

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((a) => typeof a === 'object' && a !== null) as OutgoingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    if (decide() === 'pass') return original.writeHead.call(res, status);
    return res;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function flushHeaders() {
    if (decide() === 'pass') original.flushHeaders.call(res);
  };

  res.write = function write(chunk: unknown, ...args: unknown[]) {
    if (decide() === 'pass') return (original.write as (...a: unknown[]) => boolean).call(res, chunk, ...args);
    const buffer = toBuffer(chunk, encodingOf(args));
    if (buffer) chunks.push(buffer);
    callbackOf(args)?.();
    return true;
  } as ServerResponse['write'];

  res.end = function end(chunk?: unknown, ...args: unknown[]) {
    if (typeof chunk === 'function') {
      args = [chunk];
      chunk = undefined;
    }
    if (decide() === 'pass') return (original.end as (...a: unknown[]) => ServerResponse).call(res, chunk, ...args);
    if (ended) return res;
    ended = true;
    const buffer = toBuffer(chunk, encodingOf(args));
    if (buffer) chunks.push(buffer);
    restore();
    const callback = callbackOf(args);
    if (callback) res.once('finish', callback);
    onComplete({ status: res.statusCode, body: Buffer.concat(chunks) });
    return res;
  } as ServerResponse['end'];
}

/** Sends a finished response (after onComplete): the original methods are back in place. */
export function sendCaptured(res: ServerResponse, status: number, body: Buffer): void {
  res.statusCode = status;
  res.setHeader('content-length', body.length);
  res.end(body);
}
