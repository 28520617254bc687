// The headline for a question about one of a model's facts ("what's the training context of gpt-4o?"):
// that fact first, for each model asked about, and "not stated" where the document does not give it.
import type { AskedFact } from '../question';
import type { ModelFacts } from './types';
import { joinAnd } from './words';

const THOUSANDS = new Intl.NumberFormat('en-US');
const tokens = (n: number | null | undefined, what: string): string =>
  n === null || n === undefined ? `${what} not stated` : `${what} ${THOUSANDS.format(n)} tokens`;

function tiersOf(f: ModelFacts): string {
  const has: string[] = [];
  const not: string[] = [];
  (f.standardRegions.length ? has : not).push('Standard');
  if (f.dataZone) has.push('Data zone');
  if (f.global !== null) (f.global ? has : not).push('Global');
  if (f.developer !== null) (f.developer ? has : not).push('Developer');
  return `${has.length ? `${joinAnd(has)} training` : 'no training tier listed'}${not.length ? `; not ${joinAnd(not, 'or')}` : ''}`;
}

/** What the document says of `fact` for one model, in a few words. */
export function factPhrase(fact: AskedFact, f: ModelFacts): string {
  const l = f.limits;
  switch (fact) {
    case 'trainingContext':
      return l === null ? 'training example limit not in this document' : tokens(l.trainingContext, 'training examples up to');
    case 'input':
      return l === null ? 'input limit not in this document' : tokens(l.input, 'input up to');
    case 'output':
      return l === null ? 'output limit not in this document' : tokens(l.output, 'output up to');
    case 'limits':
      return l === null
        ? 'limits not in this document'
        : [tokens(l.input, 'input'), tokens(l.output, 'output'), tokens(l.trainingContext, 'training examples')].join(', ');
    case 'trainingData':
      return f.trainingData ? `training data up to ${f.trainingData}` : 'training data cutoff not stated (unknown)';
    case 'preview':
      return f.preview ? 'in preview' : 'not marked as preview';
    case 'tiers':
      return tiersOf(f);
    case 'versions':
      return f.versions.length ? `version ${joinAnd(f.versions)}` : 'no version given in the table';
    case 'modality':
      return f.modality ?? 'modality not in this document';
    case 'methods':
      return f.methods ? `managed fine-tuning with ${joinAnd(f.methods)}` : 'methods not in this document';
  }
}

export function factHeadline(fact: AskedFact, facts: readonly ModelFacts[]): string {
  return facts.map((f) => `${f.id}: ${factPhrase(fact, f)}`).join('; ');
}
