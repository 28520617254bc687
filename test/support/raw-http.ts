// Raw TCP clients for tests of the HTTP edge: what a slow, hostile or compressed-body client sends, byte
// for byte, which fetch() cannot do (it never sends half a request, and decides framing itself).
import http from 'node:http';
import net from 'node:net';

export interface RawConnection {
  socket: net.Socket;
  /** Everything the server sent. */
  received(): string;
  /** Resolves when the server (or the client) closed the connection: how long it was open, and what came back. */
  closed: Promise<{ afterMs: number; text: string }>;
  /** Writes `text` one byte every `everyMs`, until the connection closes or it is all written. */
  trickle(text: string, everyMs: number): void;
}

export async function rawConnect(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const started = Date.now();
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  socket.on('error', () => {}); // a reset is one way for the server to cut: `closed` reports it
  const received = () => Buffer.concat(chunks).toString('latin1');
  const closed = new Promise<{ afterMs: number; text: string }>((resolve) =>
    socket.once('close', () => resolve({ afterMs: Date.now() - started, text: received() })),
  );
  let stopped = false;
  socket.once('close', () => (stopped = true));
  return {
    socket,
    received,
    closed,
    trickle(text, everyMs) {
      let i = 0;
      const next = () => {
        if (stopped || i >= text.length) return;
        socket.write(text[i++]!);
        setTimeout(next, everyMs);
      };
      next();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** One POST /api/messages with exactly these headers and body bytes (no agent: a fresh connection). */
export function rawPost(url: string, body: Buffer, headers: Record<string, string | number>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
