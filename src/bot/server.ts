// The HTTP edge: POST /api/messages (Bot Framework protocol) and GET /healthz, on restify.
import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from '../log';
import type { KnowledgeHolder } from './knowledge-holder';

/** Teams activities are a few KB; anything over this is refused before it is read or parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  holder: KnowledgeHolder;
  log: Logger;
  version: string;
  /** Extra fields for /healthz (e.g. the last catalog refresh). */
  health?: () => Record<string, unknown>;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'fine-tune-scout' });
  server.pre((req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.header('connection', 'close');
      res.send(413, { error: 'PayloadTooLarge', message: `request body over ${MAX_BODY_BYTES} bytes` });
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.get('/healthz', (_req, res, next) => {
    const c = deps.holder.current().catalog.data.source;
    res.send(200, { status: 'ok', version: deps.version, catalog: { title: c.title, date: c.date }, ...(deps.health?.() ?? {}) });
    return next();
  });

  server.post(
    '/api/messages',
    (req, res, next) => {
      const type = String(req.headers['content-type'] ?? '');
      if (!/^application\/json\b/i.test(type)) {
        res.send(415, { error: 'UnsupportedMediaType', message: 'send the activity as application/json' });
        return next(false);
      }
      return next();
    },
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }),
    async (req, res) => {
      if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
        res.send(400, { error: 'BadRequest', message: 'the body must be a JSON activity object' });
        return;
      }
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    },
  );

  server.on('restifyError', (req, _res, err, callback) => {
    deps.log.warn({ status: err.statusCode, path: req.url, error: err.name }, 'request refused');
    return callback();
  });
  return server;
}
