// Watch commands, read from a message's text before it is understood as a question: `watch <question>`
// (and ways of saying it: "tell this channel when gpt-5 can be fine-tuned in West Europe", "notify me of any
// change to o4-mini", "keep an eye on Sweden Central"), `watches` (this conversation's list) and
// `unwatch <n>|all`. Pure: the text in, what was asked out; for a watch, the rest of the text is what
// understand() reads as the Question to watch. Anything else is null: an ordinary question.
//
// "Tell me about gpt-4o" and "tell me if gpt-4o can be fine-tuned in X" ask now, so they are questions,
// not watches: only a time word (when, once, as soon as, ...) or a word for change makes "tell"/"let me
// know" a watch. "Notify", "alert" and the rest only ever ask for a later message.

export type WatchCommand =
  /** `rest` is the question to watch ('' when none was given). */
  | { kind: 'watch'; rest: string }
  | { kind: 'list' }
  /** Which watches to remove, by their number in the list (from 1); null when none was said. */
  | { kind: 'unwatch'; which: number[] | 'all' | null };

export const WATCH_COMMAND_NAMES = ['watch', 'watches', 'unwatch'] as const;

const AUDIENCE = String.raw`(?:me|us|everyone|everybody|all of us|here|(?:this|the|our|my)\s+(?:channel|chat|group|group chat|team|conversation))`;
const WHEN = String.raw`(?:when(?:ever)?|once|as soon as|the moment|if and when|in case)`;
const CHANGE = String.raw`(?:(?:any|all|every|each)\s+)?(?:new\s+)?(?:changes?|updates?|news)`;
const TO = String.raw`(?:to|for|on|about|in|of|with|regarding|around)`;

/** Ways of asking to be told later, each leaving the question in its last group. */
const WATCH_PHRASES: RegExp[] = [
  // watch X, /watch X, start watching X, watch for X, keep watching X
  new RegExp(String.raw`^/?(?:please\s+)?(?:start\s+|keep\s+)?watch(?:ing)?(?:\s+(?:for|out for|over))?(?:\s+(.*))?$`, 'i'),
  // keep an eye on X, keep me posted on X, subscribe to X, follow X
  new RegExp(
    String.raw`^(?:please\s+)?(?:keep\s+an\s+eye\s+on|keep\s+${AUDIENCE}\s+(?:posted|updated|informed)\s+${TO}|subscribe(?:\s+${AUDIENCE})?\s+to)\s+(.*)$`,
    'i',
  ),
  // notify|alert|ping|inform|message|update [audience] [when|if|of|about|on] [any change to] X
  new RegExp(
    String.raw`^(?:please\s+)?(?:can you\s+|could you\s+)?(?:notify|alert|ping|inform|message|warn)(?:\s+${AUDIENCE})?(?:\s+(?:${WHEN}|if|${TO}))?(?:\s+${CHANGE}(?:\s+${TO})?)?\s+(.*)$`,
    'i',
  ),
  // tell|let ... know [audience] when|once X
  new RegExp(String.raw`^(?:please\s+)?(?:can you\s+|could you\s+)?(?:tell|let\s+${AUDIENCE}\s+know|post|say)(?:\s+${AUDIENCE})?\s+${WHEN}\s+(.*)$`, 'i'),
  // tell|let ... know [audience] of|about any change to X
  new RegExp(
    String.raw`^(?:please\s+)?(?:can you\s+|could you\s+)?(?:tell|let\s+${AUDIENCE}\s+know|post|say)(?:\s+${AUDIENCE})?(?:\s+(?:${TO}|if|${WHEN}))?\s+${CHANGE}(?:\s+${TO})?\s+(.*)$`,
    'i',
  ),
  // tell|let ... know [audience] if X changes ("if" alone asks now: "tell me if gpt-4o can be fine-tuned in X")
  new RegExp(
    String.raw`^(?:please\s+)?(?:can you\s+|could you\s+)?(?:tell|let\s+${AUDIENCE}\s+know)(?:\s+${AUDIENCE})?\s+if\s+(.*\s(?:changes?|(?:is|are|gets?)\s+(?:updated|changed)))$`,
    'i',
  ),
];

// What is said about change around the question itself, taken off so that understand() reads the question:
// "anything about o4-mini changes", "o4-mini is updated", "anything changes for o4-mini".
const LEADING_CHANGE = new RegExp(String.raw`^(?:(?:any|all|every)thing\s+(?:changes\s+)?${TO}\s+|${CHANGE}\s+${TO}\s+)`, 'i');
const TRAILING_CHANGE = /\s+(?:changes?|(?:is|are|gets?|get|has|have|been)\s+(?:updated|changed)|is changing|updates?)$/i;
const LEADING_ANYTHING = new RegExp(String.raw`^(?:(?:any|some)thing|the (?:facts?|answer|table))\s+(?:changes\s+)?${TO}\s+`, 'i');

const LIST = new RegExp(
  String.raw`^/?(?:watches|watchlist|(?:list|show|my|our)\s+(?:(?:my|our|the|this\s+(?:channel|chat)['’]s)\s+)?watch(?:es|list)|what\s+(?:am\s+I|are\s+we|is\s+(?:this\s+)?(?:channel|chat|team|conversation))\s+watching)$`,
  'i',
);
const UNWATCH =
  /^\/?(?:unwatch|stop\s+watching|remove\s+(?:the\s+)?watch(?:es)?|delete\s+(?:the\s+)?watch(?:es)?|cancel\s+(?:the\s+)?watch(?:es)?|unsubscribe)(?:\s+(.*))?$/i;

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .trim();
}

function questionOf(rest: string): string {
  let q = tidy(rest);
  for (;;) {
    const next = q.replace(LEADING_ANYTHING, '').replace(LEADING_CHANGE, '').replace(TRAILING_CHANGE, '').trim();
    if (next === q) return q;
    q = next;
  }
}

function unwatchWhich(rest: string | undefined): number[] | 'all' | null {
  const r = tidy(rest ?? '').replace(/^(?:number|no\.?|#)\s*/i, '');
  if (r === '') return null;
  if (/^(?:all|everything|every(?:one| watch)|them all|all of them|all watches)$/i.test(r)) return 'all';
  const parts = r.split(/\s*(?:,|\band\b|&|\s)\s*/).filter(Boolean);
  const numbers = parts.map((p) => p.replace(/^#/, ''));
  if (numbers.length && numbers.every((n) => /^\d{1,3}$/.test(n))) return [...new Set(numbers.map(Number))];
  return [];
}

/** The watch command the text is, or null when it is something else (an ordinary question). */
export function readWatchCommand(text: string): WatchCommand | null {
  const t = tidy(text);
  if (t === '') return null;
  if (LIST.test(t)) return { kind: 'list' };
  const un = UNWATCH.exec(t);
  if (un) return { kind: 'unwatch', which: unwatchWhich(un[1]) };
  for (const phrase of WATCH_PHRASES) {
    const m = phrase.exec(t);
    if (m) return { kind: 'watch', rest: questionOf(m[1] ?? '') };
  }
  return null;
}
