// Teams activities as Teams really sends them (test/fixtures/teams-activities, copied from the project's
// shared fixtures with their sources), re-addressed to the local connector.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'teams-activities');

export type Activity = Record<string, any>;

/** A fixture, deep-copied, with serviceUrl pointed at the local connector and any overrides applied. */
export function fixture(name: string, serviceUrl: string, overrides: (a: Activity) => void = () => {}): Activity {
  const a = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Activity;
  a.serviceUrl = serviceUrl;
  overrides(a);
  return a;
}

/** A personal-chat message with this text, from the given user in the given conversation. */
export function personalMessage(serviceUrl: string, text: string, conversationId = 'a:1fake-personal-conversation-id', userId = '29:1fake-user-id'): Activity {
  return fixture('message-personal', serviceUrl, (a) => {
    a.text = text;
    a.id = `msg-${Math.random().toString(36).slice(2)}`;
    a.conversation.id = conversationId;
    a.from.id = userId;
    a.from.aadObjectId = `aad-${userId}`;
    delete a.attachments;
  });
}

/** A channel post that @mentions the bot, from the given user. */
export function channelMention(serviceUrl: string, question: string, userId = '29:1fake-user-id', conversationId?: string): Activity {
  return fixture('message-channel-mention', serviceUrl, (a) => {
    a.text = `<at>Fine-Tune Scout</at> ${question}`;
    a.from.id = userId;
    a.from.aadObjectId = `aad-${userId}`;
    if (conversationId) a.conversation.id = conversationId;
  });
}
