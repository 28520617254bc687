// The HTTP edge: POST /api/messages (Bot Framework protocol) and GET /healthz, on restify.
import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from '../../log';
import { processActivityRequest } from './auth-failure';
import { activityProblem } from './activity-guard';
import type { KnowledgeHolder } from '../../knowledge/holder';
import { advertiseKeepAlive, applyConnectionLimits, readJsonBody, refuseDeclaredOversize, refuseUnknownEncoding, type HttpLimits } from './limits';

export { MAX_BODY_BYTES } from './limits';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  holder: KnowledgeHolder;
  log: Logger;
  version: string;
  /** Timeouts and the connection cap (from the HTTP_* settings: httpLimitsOf(config)). */
  limits: HttpLimits;
  /** Extra fields for /healthz (e.g. the last catalog refresh). */
  health?: () => Record<string, unknown>;
  /** True once shutdown has begun: new requests are turned away while turns in flight finish. */
  draining?: () => boolean;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'fine-tune-scout' });
  applyConnectionLimits(server.server, deps.limits, deps.log);
  server.pre((_req, res, next) => {
    if (deps.draining?.()) {
      res.header('connection', 'close');
      res.send(503, { error: 'ShuttingDown', message: 'this instance is stopping; retry shortly' });
      return next(false);
    }
    return next();
  });
  server.pre(advertiseKeepAlive(deps.limits));
  server.pre(refuseDeclaredOversize(deps.log));
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
    refuseUnknownEncoding(deps.log),
    readJsonBody(deps.log),
    async (req, res) => {
      const problem = activityProblem(req.body);
      if (problem) {
        res.send(400, { error: 'BadRequest', message: problem });
        return;
      }
      // Authentication failures answer 401 (botbuilder answers some of them 500): see auth-failure.ts.
      await processActivityRequest(deps.adapter, req, res, (context) => deps.bot.run(context), deps.log);
    },
  );

  server.on('restifyError', (req, _res, err, callback) => {
    deps.log.warn({ status: err.statusCode, path: req.url, error: err.name }, 'request refused');
    return callback();
  });
  return server;
}
