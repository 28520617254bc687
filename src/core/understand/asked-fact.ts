// Which of a model's facts a question asks for ("what's the training context of gpt-4o?", "is o4-mini in
// preview?", "which tiers does gpt-4.1 have?"), so the answer's headline can answer that first. Read from
// the words no name has claimed; null when the question asks about the model as a whole.
import type { AskedFact } from '../question';
import type { Token } from './normalise';

/** Two- and three-word phrases first (they are more specific), then single words. */
const PHRASES: readonly [AskedFact, readonly string[]][] = [
  // "Context window" means the model's request context to most people, the training example limit to some:
  // the answer gives every limit rather than pick one.
  ['limits', ['context window', 'context windows']],
  [
    'trainingContext',
    ['training context', 'example context', 'context length', 'context size', 'training example', 'example length', 'example size', 'training tokens'],
  ],
  ['trainingData', ['training data', 'data cutoff', 'knowledge cutoff', 'training cutoff', 'cutoff date', 'cut off', 'trained up', 'data up']],
  ['input', ['input tokens', 'max input', 'maximum input', 'input limit', 'request tokens', 'max request']],
  ['output', ['output tokens', 'max output', 'maximum output', 'output limit']],
  [
    'tiers',
    [
      'training types',
      'training type',
      'training tiers',
      'which tiers',
      'what tiers',
      'which tier',
      'what tier',
      'tiers does',
      'tiers has',
      'tiers have',
      'dev tier',
      'developer tier',
    ],
  ],
];
const WORDS: readonly [AskedFact, readonly string[]][] = [
  ['trainingData', ['cutoff']],
  ['preview', ['preview', 'ga', 'generally']],
  ['limits', ['limits', 'limit', 'tokens']],
  ['versions', ['version', 'versions']],
  ['modality', ['modality', 'modalities']],
];

export function readAskedFact(tokens: readonly Token[], claimed: Uint8Array): AskedFact | null {
  const free: string[] = [];
  for (let i = 0; i < tokens.length; i++) free.push(claimed[i] === 1 ? '' : (tokens[i] as Token).t);
  const text = ` ${free.join(' ')} `;
  for (const [fact, phrases] of PHRASES) if (phrases.some((p) => text.includes(` ${p} `))) return fact;
  for (const [fact, words] of WORDS) if (words.some((w) => text.includes(` ${w} `))) return fact;
  return null;
}
