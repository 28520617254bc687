// Realistic Teams message activities for the load: the questions of bench/questions.txt (every intent,
// typos, follow-ups, junk) in the shapes Teams sends (test/fixtures/teams-activities): three in four are
// personal-chat messages, one in four a channel post that @mentions the bot. Each has its own id, and
// they are spread over a given number of conversations (and users), so follow-ups meet remembered
// questions and the conversation state holds one entry per conversation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { loadQuestions } from './core';

type Activity = Record<string, any>;

function fixture(name: string): Activity {
  return JSON.parse(readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'teams-activities', `${name}.json`), 'utf8')) as Activity;
}

export interface ActivityOptions {
  serviceUrl: string;
  /** How many request bodies to prepare (they are cycled through). */
  count: number;
  conversations: number;
  /** Distinguishes the conversations of different phases (e.g. warm-up vs measured). */
  prefix?: string;
  questions?: readonly string[];
}

/** Serialised request bodies, ready to POST to /api/messages. */
export function messageBodies(o: ActivityOptions): Buffer[] {
  const questions = o.questions ?? loadQuestions();
  const personal = fixture('message-personal');
  const channel = fixture('message-channel-mention');
  const prefix = o.prefix ?? 'bench';
  const out: Buffer[] = [];
  for (let i = 0; i < o.count; i++) {
    const q = questions[i % questions.length]!;
    const c = i % o.conversations;
    const user = `29:${prefix}-user-${c}`;
    const id = `${prefix}-${i}`;
    let a: Activity;
    if (c % 4 === 3) {
      a = structuredClone(channel);
      a.text = `<at>Fine-Tune Scout</at> ${q}`;
      a.attachments[0].content = `<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">Fine-Tune Scout</span>&nbsp;${q}</p>`;
      a.conversation.id = `19:${prefix}-channel-${c}@thread.tacv2;messageid=${c}`;
    } else {
      a = structuredClone(personal);
      a.text = q;
      a.attachments[0].content = `<p>${q}</p>`;
      a.conversation.id = `a:${prefix}-personal-${c}`;
    }
    a.id = id;
    a.serviceUrl = o.serviceUrl;
    a.from.id = user;
    a.from.aadObjectId = `aad-${prefix}-${c}`;
    out.push(Buffer.from(JSON.stringify(a)));
  }
  return out;
}
