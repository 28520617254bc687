// The minimum an activity must carry before a turn is worth running: botbuilder would otherwise start a
// turn for a body with no conversation or serviceUrl and fail deep inside it (a 500). Such requests are
// refused up front with a 400 that says what is missing.

const MAX_ID = 1024;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
}

/** What is wrong with the activity, in a few words, or null when it can be handled. */
export function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the body must be a JSON activity object';
  if (typeof body.type !== 'string' || body.type.length === 0 || body.type.length > 64) return 'missing or invalid "type"';
  if (typeof body.serviceUrl !== 'string') return 'missing "serviceUrl"';
  let url: URL;
  try {
    url = new URL(body.serviceUrl);
  } catch {
    return 'invalid "serviceUrl"';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid "serviceUrl"';
  if (!isObject(body.conversation) || !isId(body.conversation.id)) return 'missing "conversation.id"';
  if (!isObject(body.from) || !isId(body.from.id)) return 'missing "from.id"';
  if (body.recipient !== undefined && !(isObject(body.recipient) && (body.recipient.id === undefined || typeof body.recipient.id === 'string'))) {
    return 'invalid "recipient"';
  }
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') return '"text" must be a string';
  if (body.entities !== undefined && body.entities !== null && !Array.isArray(body.entities)) return '"entities" must be a list';
  if (body.attachments !== undefined && body.attachments !== null && !Array.isArray(body.attachments)) return '"attachments" must be a list';
  if (body.membersAdded !== undefined && body.membersAdded !== null && !Array.isArray(body.membersAdded)) return '"membersAdded" must be a list';
  return null;
}
