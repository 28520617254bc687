// The shape an activity must have before a turn is worth running. botbuilder trusts the JSON it is given:
// a body with no conversation or serviceUrl fails deep inside a turn (a 500), an invoke whose `name` is a
// number fails outside the bot's error handling (a 501), and a `channelId` or `locale` that is not a string
// breaks the turn's state keys and replies. So every field that botbuilder or the bot reads is checked
// here, once, against what Teams really sends (test/fixtures/teams-activities), and anything else is
// refused with a 400 that names the field. Fields nobody reads are let through untouched; the body that
// reaches botbuilder is the one that was sent, not a copy made by the schema.
import { z } from 'zod';

/** Ids are opaque strings: Teams' are under 200 characters, this leaves room without being unbounded. */
const MAX_ID = 1024;
/** Display names, conversation names. */
const MAX_NAME = 1024;
/** Short tokens: type, channelId, locale, invoke names, text formats, event types. */
const MAX_TOKEN = 256;

const id = z.string().min(1).max(MAX_ID);
const optionalId = z.string().max(MAX_ID).nullish();
const name = z.string().max(MAX_NAME).nullish();
const token = z.string().max(MAX_TOKEN).nullish();
/** Lists botbuilder walks (entities, attachments, members, reactions): each item must be an object. */
const listOf = <T extends z.ZodType>(item: T) => z.array(item).nullish();
const anyObject = z.looseObject({});
const idHolder = z.looseObject({ id: optionalId }).nullish();

const HttpUrl = z.string().refine(
  (value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  },
  { message: 'invalid "serviceUrl": it must be an http(s) URL' },
);

const ChannelAccount = z.looseObject({ id, name, aadObjectId: optionalId, role: token });

const Activity = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: HttpUrl,
  conversation: z.looseObject({ id, name, conversationType: token, tenantId: optionalId, isGroup: z.boolean().nullish() }),
  from: ChannelAccount,
  recipient: z.looseObject({ id: optionalId, name }).optional(),
  channelId: token,
  name: token,
  locale: token,
  localTimezone: token,
  id: optionalId,
  replyToId: optionalId,
  timestamp: token,
  localTimestamp: token,
  action: token,
  text: z.string().nullish(),
  textFormat: token,
  entities: listOf(anyObject),
  attachments: listOf(anyObject),
  membersAdded: listOf(z.looseObject({ id: optionalId })),
  membersRemoved: listOf(z.looseObject({ id: optionalId })),
  reactionsAdded: listOf(anyObject),
  reactionsRemoved: listOf(anyObject),
  channelData: z.looseObject({ eventType: token, tenant: idHolder, team: idHolder, channel: idHolder }).nullish(),
});

const ARTICLE: Record<string, string> = { object: 'an object', array: 'a list', string: 'a string', boolean: 'true or false' };

/** `entities[0].type`, as a person reading the message would write it. */
function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  if (!('input' in issue) || issue.input === undefined) return `missing "${field}"`;
  switch (issue.code) {
    case 'invalid_type':
      return `"${field}" must be ${ARTICLE[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `"${field}" must not be empty`;
    case 'too_big':
      return `"${field}" is longer than ${String(issue.maximum)} characters`;
    case 'custom':
      return issue.message;
    default:
      return `invalid "${field}"`;
  }
}

/** What is wrong with the activity (up to three problems, each naming its field), or null when it can be handled. */
export function activityProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON activity object';
  const result = Activity.safeParse(body, { reportInput: true });
  if (result.success) return null;
  return result.error.issues.slice(0, 3).map(describe).join('; ');
}
