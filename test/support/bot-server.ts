// Starts the real Fine-Tune Scout server (restify + CloudAdapter) on a free 127.0.0.1 port, and posts
// activities to it over HTTP as the Bot Framework channel would.
import pino from 'pino';
import { startApp, type App, type AppOptions } from '../../src/bot/app';
import { readConfig } from '../../src/config';
import { startConnector, type LocalConnector } from './connector';

export interface Posted {
  status: number;
  body: any;
}

export async function startBot(env: Record<string, string> = {}, options: AppOptions = {}, log: pino.Logger = pino({ level: 'silent' })): Promise<App> {
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  return startApp(config, log, options);
}

/** A logger that keeps every line it writes, parsed, for tests that check what was logged. */
export function capturingLogger(level = 'info'): { log: pino.Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const log = pino({ level }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { log, lines };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Posted> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
}

/**
 * The usual set-up of a bot test file: a local connector and the real bot, started before the file's tests
 * and stopped after them. Read `bot.app` and `bot.connector` inside tests.
 */
export function withBot(env: Record<string, string> = {}, options: AppOptions = {}): { app: App; connector: LocalConnector } {
  const bot = {} as { app: App; connector: LocalConnector };
  beforeAll(async () => {
    bot.connector = await startConnector();
    bot.app = await startBot(env, options);
  });
  afterAll(async () => {
    await bot.app?.close();
    await bot.connector?.close();
  });
  return bot;
}
