// Every authentication failure on POST /api/messages is a 401, never a 500; a request that cannot be checked
// because the identity provider is unreachable is a 503 with Retry-After.
//
// CloudAdapter.process() validates the request's token and answers by itself: an AuthenticationError
// becomes 401, but any other error thrown while validating becomes 500 with the error's message as the body.
// jsonwebtoken's verify() throws plain JsonWebTokenErrors that botbuilder passes on unwrapped: a known key
// id with a bad signature ("invalid signature"), an HS256 or alg:none token ("invalid algorithm", "jwt
// signature is required"), a token not yet valid ("jwt not active"), ... So the adapter here answers into a
// buffer; if no turn started and its answer is a 401, or a 500 carrying one of jsonwebtoken's messages, the
// request is answered 401 instead, and logged at warn with the reason (never the token). Anything else —
// including every error once a turn has started — is passed through exactly as the adapter wrote it.
//
// When no signing key can be had (openid-keys.ts: the provider fails, hangs or is being backed off from), the
// adapter answers 500 with IdentityProviderUnavailable's message; that becomes 503 with Retry-After and a
// body that names no upstream, so Teams retries later and nobody learns the provider's address.
import type { CloudAdapter, Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../../log';
import { unavailableRetryAfter } from './openid-keys';

/** The messages jsonwebtoken 9's verify() rejects a token with (node_modules/jsonwebtoken/verify.js and
 *  lib/validateAsymmetricKey.js). Botbuilder turns TokenExpiredError into an AuthenticationError itself. */
const JWT_VALIDATOR_FAILURE = new RegExp(
  [
    /^jwt (must be provided|must be a string|malformed|signature is required|not active|expired)$/,
    /^jwt (audience|issuer|subject|jwtid|nonce) invalid\. expected: /,
    /^invalid (token|algorithm|signature|nbf value|exp value|iat value)$/,
    /^secretOrPublicKey must be (a symmetric|an asymmetric) key when using /,
    /^secretOrPublicKey is not valid key material$/,
    /^please specify "none" in "algorithms" to verify unsigned tokens$/,
    /^maxAge exceeded$/,
    /^"alg" parameter (for "[\w-]+" key type must be one of|"[\w-]+" requires curve)/,
    /^Invalid key for this operation, its RSA-PSS parameter/,
  ]
    .map((r) => `(?:${r.source})`)
    .join('|'),
);

/** Whether the adapter's answer, written before any turn ran, reports an authentication failure. */
export function isAuthFailure(status: number | undefined, body: unknown): boolean {
  if (status === 401) return true; // botbuilder's AuthenticationError
  return status === 500 && typeof body === 'string' && JWT_VALIDATOR_FAILURE.test(body);
}

/** The reason, fit for a log line: bounded, with anything that looks like a token removed. */
export function loggableReason(body: unknown): string {
  const text = typeof body === 'string' ? body : body === undefined ? '(no message)' : JSON.stringify(body);
  return text
    .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]')
    .replace(/[\w-]{10,}\.[\w-]{10,}\.[\w-]*/g, '[redacted]')
    .slice(0, 300);
}

type HttpResponse = BotResponse & { headersSent?: boolean };

/**
 * Runs `adapter.process(req, res, logic)`, answering every authentication failure with
 * 401 {error: 'Unauthorized'} and a WWW-Authenticate header; every other answer is written unchanged.
 */
export async function processActivityRequest(
  adapter: CloudAdapter,
  req: BotRequest,
  res: HttpResponse,
  logic: (context: TurnContext) => Promise<void>,
  log: Logger,
): Promise<void> {
  let turnStarted = false;
  let status: number | undefined;
  const sent: unknown[][] = [];
  let ended = false;
  // What CloudAdapter.process() writes (res.status(code); res.send(body) if any; res.end()) is held here
  // until we know whether it is an authentication failure.
  const held: BotResponse = {
    socket: res.socket,
    header: (name, value) => res.header(name, value),
    status(code) {
      status = code;
      return held;
    },
    send(...args) {
      sent.push(args);
      return held;
    },
    end() {
      ended = true;
      return held;
    },
  };

  await adapter.process(req, held, async (context) => {
    turnStarted = true;
    await logic(context);
  });

  const retryAfter = !turnStarted && status === 500 ? unavailableRetryAfter(sent[0]?.[0]) : null;
  const refused = !turnStarted && retryAfter === null && isAuthFailure(status, sent[0]?.[0]);
  if (refused) log.warn({ reason: loggableReason(sent[0]?.[0]), adapterStatus: status }, 'request not authenticated');
  if (retryAfter !== null) log.warn({ retryAfter }, 'request not checked: the identity provider is unavailable');
  if (res.headersSent) return; // something else has answered already: nothing left to write
  if (retryAfter !== null) {
    res.header('Retry-After', String(retryAfter));
    res.status(503);
    res.send({ error: 'ServiceUnavailable', message: 'the bot cannot check requests right now; retry later' });
    res.end();
    return;
  }
  if (refused) {
    res.header('WWW-Authenticate', 'Bearer');
    res.status(401);
    res.send({ error: 'Unauthorized', message: 'the request does not carry a valid Bot Framework token' });
    res.end();
    return;
  }
  if (status !== undefined) res.status(status);
  for (const args of sent) res.send(...args);
  if (ended) res.end();
}
