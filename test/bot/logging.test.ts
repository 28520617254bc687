// Logs: one structured line per turn (conversation, intent, latency); what people typed only at debug.
import { capturingLogger, post, startBot } from '../support/bot-server';
import { startConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';

test.each([
  ['info', false],
  ['debug', true],
])('at %s level: one line per turn with conversation, intent and latency; the text logged: %s', async (level, textLogged) => {
  const connector = await startConnector();
  const { log, lines } = capturingLogger(level);
  const app = await startBot({}, {}, log);
  try {
    const secretish = 'can I fine-tune o4-mini in West Europe? my project is Bluebird';
    await post(app.url, personalMessage(connector.serviceUrl, secretish, 'a:logs'));
    await post(app.url, personalMessage(connector.serviceUrl, 'models', 'a:logs'));
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(2);
    expect(turns[0]).toMatchObject({ conversation: 'a:logs', intent: 'check', type: 'message' });
    expect(turns[1]).toMatchObject({ conversation: 'a:logs', intent: 'list-models' });
    expect(typeof turns[0]!.latencyMs).toBe('number');
    expect(JSON.stringify(lines).includes('Bluebird')).toBe(textLogged);
  } finally {
    await app.close();
    await connector.close();
  }
});

test('local mode says so in one log line', async () => {
  const { log, lines } = capturingLogger('info');
  const app = await startBot({}, {}, log);
  await app.close();
  expect(lines.filter((l) => /local mode/.test(l.msg))).toHaveLength(1);
});
