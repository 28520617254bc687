// What one client may cost the server: how big a body may be once decompressed, how long a client may take
// to send its headers and its body, how long an idle connection is kept, and how many connections are held
// at once. Each limit is a small function so the server's wiring (server.ts) stays a list of steps.
import type { Server as HttpServer } from 'node:http';
import bodyParser from 'body-parser';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Config } from '../../config';
import type { Logger } from '../../log';

/** Teams activities are a few KB; anything over this (sent, or once decompressed) is refused unparsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The encodings a body may be sent in. body-parser inflates each with the size limit applied to the
 *  inflated bytes; the list is fixed here so the bot answers the same on every Node version (newer ones
 *  would also inflate zstd). */
const BODY_ENCODINGS = ['identity', 'gzip', 'deflate', 'br'];

export interface HttpLimits {
  /** A client must have sent all its request headers this long after it began the request. */
  headersTimeoutMs: number;
  /** ... and its whole request, body included (not the bot's answer: a long turn is not cut). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long (and clients are told a shorter time: see below). */
  keepAliveTimeoutMs: number;
  /** Connections held at once; more are closed as soon as they are accepted. */
  maxConnections: number;
}

/**
 * How much earlier than the server really closes an idle connection its clients are told to stop reusing
 * it. A client reuses a connection until the time the server advertised (Keep-Alive: timeout=N) less its
 * own margin (fetch/undici in Node 20: 2 s; http.Agent: 1 s). If the server closes it at exactly N, a
 * request written inside that margin can still be unread when the server's timer fires — after an
 * event-loop stall, timers run before pending reads — and the close resets it: the client sees ECONNRESET
 * on a POST it cannot safely retry. The load test hit this with stalls of 2.6 s on a busy machine. Keeping
 * the connection this much longer than advertised leaves room for such stalls. (Node 24.6 has the same
 * idea built in, server.keepAliveTimeoutBuffer; Node 20 does not.)
 */
export const KEEP_ALIVE_GRACE_MS = 5_000;

/** The limits as configured (HTTP_* in .env.example). */
export function httpLimitsOf(
  config: Pick<Config, 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS' | 'HTTP_KEEP_ALIVE_TIMEOUT_MS' | 'HTTP_MAX_CONNECTIONS'>,
): HttpLimits {
  return {
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: config.HTTP_MAX_CONNECTIONS,
  };
}

interface Refusal {
  status: number;
  error: string;
  message: string;
  header?: [string, string];
}

/** Answers a request whose body will not be read: the connection is closed after the answer. */
function closeAfterAnswer(res: Response): void {
  res.header('connection', 'close');
  res.removeHeader('keep-alive');
}

function refuse(req: Request, res: Response, r: Refusal, log: Logger): void {
  if (r.header) res.header(r.header[0], r.header[1]);
  log.warn({ status: r.status, path: req.url, error: r.error }, 'request refused');
  res.send(r.status, { error: r.error, message: r.message });
}

/**
 * Node's own timeouts (headers 60 s, whole request 300 s) let a client that sends a byte now and then hold
 * a connection for minutes; these are tighter and configurable. Node checks them on an interval that can
 * only be set before listening (default 30 s, which would stretch a 10 s limit to 40 s); it is set here
 * from the limits themselves so a timeout is enforced within a quarter of its length, at most a second late.
 */
export function applyConnectionLimits(server: HttpServer, limits: HttpLimits, log: Logger): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  // A property of every http.Server, read when it starts listening; @types/node declares only the option.
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    50,
    Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs + KEEP_ALIVE_GRACE_MS;
  server.maxConnections = limits.maxConnections;
  // One warning per burst, not per dropped connection: a flood must not become a flood of log lines.
  let dropped = 0;
  let warning: NodeJS.Timeout | null = null;
  server.on('drop', () => {
    dropped += 1;
    warning ??= setTimeout(() => {
      log.warn({ dropped, maxConnections: limits.maxConnections }, 'connections refused: the connection cap was reached');
      dropped = 0;
      warning = null;
    }, 1_000).unref();
  });
}

/**
 * The Keep-Alive header every response carries: the idle time a client may count on, which is
 * KEEP_ALIVE_GRACE_MS shorter than the time the server really keeps the connection. (Setting the header
 * stops Node writing its own, which would advertise the real time.)
 */
export function advertiseKeepAlive(limits: HttpLimits): RequestHandler {
  const value = `timeout=${Math.max(1, Math.floor(limits.keepAliveTimeoutMs / 1000))}`;
  return (req: Request, res: Response, next: Next): void => {
    if (!/\bclose\b/i.test(String(req.headers.connection ?? ''))) res.setHeader('Keep-Alive', value);
    next();
  };
}

/** A declared Content-Length over the limit is refused before a byte of the body is read. */
export function refuseDeclaredOversize(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      closeAfterAnswer(res);
      refuse(req, res, { status: 413, error: 'PayloadTooLarge', message: `request body over ${MAX_BODY_BYTES} bytes` }, log);
      return next(false);
    }
    next();
  };
}

/** A Content-Encoding the bot cannot decode is refused before the body is read (RFC 7694: 415 naming what it takes). */
export function refuseUnknownEncoding(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (!BODY_ENCODINGS.includes(encoding)) {
      closeAfterAnswer(res);
      refuse(
        req,
        res,
        {
          status: 415,
          error: 'UnsupportedMediaType',
          message: `Content-Encoding "${encoding.slice(0, 40)}" is not supported: send ${BODY_ENCODINGS.join(', ')}`,
          header: ['Accept-Encoding', BODY_ENCODINGS.slice(1).join(', ')],
        },
        log,
      );
      return next(false);
    }
    next();
  };
}

/** body-parser's error kinds (http-errors `type`), answered in the bot's own words: never echoing the body. */
function bodyRefusal(err: { type?: string; status?: number }): Refusal {
  switch (err.type) {
    case 'entity.too.large':
      return { status: 413, error: 'PayloadTooLarge', message: `request body over ${MAX_BODY_BYTES} bytes (once decompressed)` };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, error: 'UnsupportedMediaType', message: 'send the activity as UTF-8 JSON, uncompressed or gzip, deflate or br' };
    case 'entity.parse.failed':
      return { status: 400, error: 'BadRequest', message: 'the body is not valid JSON' };
    default:
      // Aborted uploads, bodies shorter than their Content-Length, corrupt compressed data.
      return { status: 400, error: 'BadRequest', message: 'the body could not be read' };
  }
}

/**
 * Reads and parses the JSON body with body-parser: the size limit counts the inflated bytes as they come
 * out of the decompressor, which stops at the limit, so a small gzip body that would inflate to gigabytes
 * costs at most MAX_BODY_BYTES. restify's own body parser inflates the whole body and checks its size only
 * after. Sets req.body; a refusal is answered here.
 */
export function readJsonBody(log: Logger): RequestHandler {
  const parse = bodyParser.json({ limit: MAX_BODY_BYTES, strict: true, inflate: true, type: () => true });
  return (req: Request, res: Response, next: Next): void => {
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      if (req.socket.destroyed) return next(false); // the client is gone: nobody to answer
      refuse(req, res, bodyRefusal(err as { type?: string }), log);
      next(false);
    });
  };
}
