import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { AnswerCache, answerCacheKey, answerHeaders, bodyDigest } from './answer-cache';
import { captureResponse, sendCaptured } from './capture-response';
import { CompressionCache } from './compression';
import type { ServerConfig } from './config';
import { trackConnections } from './graceful-shutdown';
import { finalizeResponse, shouldCapture, type FinalizeContext } from './finalize-response';
import { answerBeforeApp } from './methods';
import { badRequestResponse, headerTooLargeResponse, plainPage, tooManyRequestsBody } from './plain-pages';
import { LIMITED_PATHS, clientKey, createSearchLimiter } from './rate-limit';
import { securityHeaders } from './security-headers';

export type AppHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * The HTTP server in front of Next's request handler: what Next itself cannot do (answer `OPTIONS *`,
 * TRACE and oversized request heads readably, send security headers with a per-page CSP, compress once,
 * rate-limit search, and stop gracefully).
 */
export function createAppServer(handle: AppHandler, config: ServerConfig, buildId: string) {
  const baseHeaders = securityHeaders({ hstsMaxAge: config.hstsMaxAge });
  const limit = config.rateLimit ? createSearchLimiter(config.rateLimit) : null;
  const context: FinalizeContext = {
    buildId,
    security: { hstsMaxAge: config.hstsMaxAge },
    searchCache: { maxAge: config.searchMaxAge, sMaxAge: config.searchSMaxAge, staleWhileRevalidate: config.searchStaleWhileRevalidate },
    compressed: new CompressionCache(config.compressionCacheBytes),
    policies: new Map(),
  };
  const answers = config.answerCacheBytes > 0 ? new AnswerCache(config.answerCacheBytes) : null;
  let stopping = false;

  const serverError = (res: ServerResponse, error: unknown) => {
    console.error('request failed:', error);
    if (res.headersSent) return void res.destroy();
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      plainPage(
        500,
        '服务器出错',
        '服务器处理这个请求时出错了，请稍后再试。',
        'The server failed on this request; please try again later.',
      ),
    );
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
    // During shutdown a kept-alive connection must not wait for another request.
    if (stopping) res.setHeader('connection', 'close');

    const early = answerBeforeApp(req.method ?? 'GET', req.url ?? '/');
    if (early) {
      res.writeHead(early.status, early.headers);
      return void res.end(early.body);
    }

    const pathname = (req.url ?? '/').split('?')[0];
    if (limit && LIMITED_PATHS.includes(pathname)) {
      const verdict = await limit(clientKey(req, config.trustProxy));
      if (!verdict.allowed) {
        const json = pathname.startsWith('/api/');
        res.writeHead(429, {
          'retry-after': String(verdict.retryAfterSeconds),
          'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        });
        return void res.end(tooManyRequestsBody(verdict.retryAfterSeconds, json));
      }
    }

    const send = (status: number, body: Buffer, digest: string) =>
      finalizeResponse(req, res, status, body, context, digest).then(
        (final) => sendCaptured(res, final.status, final.body),
        (error) => serverError(res, error),
      );

    const key = answers ? answerCacheKey(req) : null;
    const cached = key ? answers?.get(key) : undefined;
    if (cached) {
      for (const [name, value] of Object.entries(cached.headers)) if (value !== undefined) res.setHeader(name, value);
      return void send(cached.status, cached.body, cached.digest);
    }

    captureResponse(
      res,
      () => shouldCapture(req, res),
      ({ status, body }) => {
        const digest = bodyDigest(body);
        if (key && status === 200) answers?.set(key, { status, headers: answerHeaders(res.getHeaders()), body, digest });
        send(status, body, digest);
      },
    );
    await handle(req, res);
  }

  const server = http.createServer({ maxHeaderSize: config.maxHeaderBytes }, (req, res) => {
    onRequest(req, res).catch((error) => serverError(res, error));
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // Node's default is a bare "431" or "400" with no body; a reader deserves a sentence and a link home.
    if (!socket.writable) return void socket.destroy();
    socket.end(error.code === 'HPE_HEADER_OVERFLOW' ? headerTooLargeResponse() : badRequestResponse());
  });

  return {
    server,
    connections: trackConnections(server),
    /** Where the build's precompressed pages go (lib/server/precompressed-fs.ts). */
    compressionCache: context.compressed,
    markStopping() {
      stopping = true;
    },
  };
}
