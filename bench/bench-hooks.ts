// Bench-only hooks for a bot process forked by the bench (never part of the product): over the IPC
// channel the parent asks for CPU time and heap use, forces a GC (needs --expose-gc) and stops the server.
export type HookRequest = { id: number; type: 'usage' | 'gc' | 'stop' };
export type Usage = { cpuUs: number; heapUsed: number; rss: number };
export type HookReply = { id: number; usage: Usage } | { type: 'ready'; url: string };

function usage(): Usage {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return { cpuUs: cpu.user + cpu.system, heapUsed: mem.heapUsed, rss: mem.rss };
}

/** Tells the parent the bot is listening, then answers its requests until it says stop. */
export function serveBenchHooks(url: string, close: () => Promise<void>): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.on('message', (m: HookRequest) => {
    if (m.type === 'gc') {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error('start the bot with --expose-gc to force a GC');
      gc();
      gc();
    }
    if (m.type === 'stop') {
      const force = setTimeout(() => process.exit(0), 2000);
      force.unref();
      void close().finally(() => process.exit(0));
      return;
    }
    send({ id: m.id, usage: usage() } satisfies HookReply);
  });
  // The parent going away ends this process too: nothing outlives the bench.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url } satisfies HookReply);
}
