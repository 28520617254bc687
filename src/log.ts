// Structured logs (one JSON line per event) through pino. The user's text is logged only at debug level.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'fine-tune-scout' }, redact: ['*.password', '*.MicrosoftAppPassword', '*.authorization'] }, destination);
}
