// CPU per reply sent through botbuilder's connector client (ours: bounded http client), text vs card
const { fork } = require('child_process');
const path = require('path');
if (process.argv[2] === 'connector') {
  require('/work/main/dist/bench/connector.js').startBenchConnector().then(c => process.send(c.serviceUrl));
  return;
}
const { ConnectorClient } = require('botframework-connector');
const { MicrosoftAppCredentials } = require('botframework-connector');
const { createBoundedHttpClient } = require('/work/main/dist/src/bot/bounded-http-client.js');
const card = require('/tmp/p/card.json');
(async () => {
  const child = fork(__filename, ['connector']);
  const serviceUrl = await new Promise(r => child.once('message', r));
  const httpClient = createBoundedHttpClient({ timeoutMs: 10000, maxRetryAfterMs: 5000 });
  const { ConnectorClientOptions } = require('botframework-connector');
  const client = new ConnectorClient(MicrosoftAppCredentials.Empty || new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl, httpClient });
  const base = { type: 'message', from: { id: '28:bot', name: 'Scout' }, recipient: { id: '29:user' }, conversation: { id: 'a:conv' }, replyToId: '1', channelId: 'msteams', serviceUrl };
  const text = { ...base, text: 'echo: can I fine-tune o4-mini in West Europe?' };
  const withCard = { ...base, summary: 'Yes, with Global training — o4-mini in West Europe', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
  const run = async (act, n) => { const c0 = process.cpuUsage(); await Promise.all(Array.from({ length: 8 }, async () => { for (let i = 0; i < n / 8; i++) await client.conversations.replyToActivity('a:conv', '1', act); })); const c = process.cpuUsage(c0); return (c.user + c.system) / n; };
  await run(text, 2000); await run(withCard, 2000);
  const res = { text: [], card: [] };
  for (let i = 0; i < 5; i++) { res.text.push(await run(text, 4000)); res.card.push(await run(withCard, 4000)); }
  const med = a => [...a].sort((x, y) => x - y)[2];
  console.log('µs CPU per send: text', med(res.text).toFixed(0), res.text.map(x => x.toFixed(0)).join(' '), '| card', med(res.card).toFixed(0), res.card.map(x => x.toFixed(0)).join(' '));
  child.kill(); process.exit(0);
})();
