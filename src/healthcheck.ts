// The container's HEALTHCHECK (see Dockerfile): exits 0 when this instance's GET /healthz answers 200
// within a few seconds, 1 otherwise. It runs inside the container beside the bot, so it asks loopback on
// the bot's PORT (in the image the bot listens on every interface: HOST=0.0.0.0). A small script of its
// own because minimal images have no curl or wget; it reads PORT and HOST directly rather than through
// readConfig, so that a probe never fails on a setting it does not use.
const TIMEOUT_MS = 4000;

/** The address to probe: the bot's HOST unless it is a wildcard, which loopback always reaches. */
function probeUrl(env: NodeJS.ProcessEnv): string {
  const host = env.HOST && env.HOST !== '0.0.0.0' && env.HOST !== '::' ? env.HOST : '127.0.0.1';
  const port = env.PORT || '3978';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
}

const url = probeUrl(process.env);
fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
  (res) => {
    if (res.status !== 200) process.stderr.write(`healthcheck: ${url} answered ${res.status}\n`);
    process.exit(res.status === 200 ? 0 : 1);
  },
  (e: unknown) => {
    process.stderr.write(`healthcheck: ${url}: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
