const { startBotChild } = require('/work/main/dist/bench/children.js');
const { startBenchConnector } = require('/work/main/dist/bench/connector.js');
const { messageBodies } = require('/work/main/dist/bench/activities.js');
const { drive } = require('/work/main/dist/bench/load.js');
(async () => {
  for (const kind of ['echo', 'scout']) {
    const c = await startBenchConnector(); const bot = await startBotChild(kind, { exposeGc: true });
    const u0 = await bot.gc();
    await drive({ url: bot.url, bodies: messageBodies({ serviceUrl: c.serviceUrl, count: 4096, conversations: 500, prefix: kind }), connections: 32, durationMs: 3000 });
    const u = await bot.gc();
    console.log(kind, 'heap MiB at start', (u0.heapUsed / 2 ** 20).toFixed(1), 'after load', (u.heapUsed / 2 ** 20).toFixed(1), 'rss', (u.rss / 2 ** 20).toFixed(0));
    await bot.stop(); await c.close();
  }
})();
