// Dependencies that fail the way networks fail, on 127.0.0.1: a listener that accepts TCP connections and
// never answers (a hung service behind a load balancer), and a port nobody listens on (refused).
import net from 'node:net';

export interface HungListener {
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  /** Connections still open (the client has not given up on them). */
  open(): number;
  close(): Promise<void>;
}

/** Accepts every connection, reads what is sent, and never writes a byte back. */
export async function startHungListener(): Promise<HungListener> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('data', () => {});
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => accepted,
    open: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port that was free a moment ago and is closed now: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Azurite's development account, addressed at a Blob endpoint on this loopback port. */
export function blobConnectionString(port: number): string {
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}
