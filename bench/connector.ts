// The bench's local Bot Framework connector: the bots' replies (POST {serviceUrl}/v3/conversations/...)
// land here and are answered 200 at once, without parsing; it only counts them and their bytes.
// It runs in the bench (load generator) process, not in the bot's: the bot's process then does only what
// a deployed bot does per turn, so its CPU time per turn is the bot's own cost.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchConnector {
  serviceUrl: string;
  /** Replies received so far. */
  readonly replies: number;
  /** Bytes of reply bodies received so far. */
  readonly bytes: number;
  close(): Promise<void>;
}

export async function startBenchConnector(): Promise<BenchConnector> {
  let replies = 0;
  let bytes = 0;
  const answer = Buffer.from('{"id":"reply"}');
  const server = http.createServer((req, res) => {
    req.on('data', (c: Buffer) => {
      bytes += c.length;
    });
    req.on('end', () => {
      if (req.url?.startsWith('/v3/conversations/')) replies++;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
      res.end(answer);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    get replies() {
      return replies;
    },
    get bytes() {
      return bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
