// The topics only the current documents cover: deploying a fine-tuned model (deployment types and options)
// and what changed between documents. Read from the words no name claimed; whether they are answered at
// all depends on the catalog (a catalog of the 2025 table states neither, and its answers stay as they were).
import type { DeploymentAsked } from '../question';
import type { Token } from './normalise';

/** Words that ask about serving a fine-tuned model, not training it. */
const DEPLOY_WORDS = new Set(['deploy', 'deploying', 'deployed', 'deployment', 'deployments', 'redeploy', 'host', 'hosting', 'inference', 'serverless']);
/** Present-tense training words: "fine-tune", "train". "fine-tuned" (a fine-tuned model) is not one. */
const TRAINING_WORDS = new Set(['tune', 'finetune', 'train', 'tuning', 'finetuning']);
/** "not for deployment", "rather than deploy", "instead of deploying": deployment is what is not asked. */
const NOT_THIS = new Set(['not', 'no', 'than', 'instead', 'without', 'nor']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface TopicReading {
  /** How a question about deployment names it; null when it is not about deployment. */
  readonly deployment: DeploymentAsked | null;
  /** Deployment is named to be ruled out: "which region for fine-tuning, not for deployment?". */
  readonly notDeployment: boolean;
  /** Asks what changed ("what changed since March?", "what's new"). */
  readonly changes: boolean;
  /** The date asked from: "YYYY-MM-01", or "--MM" (ISO 8601's month without a year) when no year is named. */
  readonly since: string | null;
}

/** The deployment type or option a run of words starting at i names, and how many words it took. */
function deploymentName(w: (i: number) => string, i: number): { type?: string; option?: string; words: number } | null {
  const a = w(i);
  const b = w(i + 1);
  const c = w(i + 2);
  if (a === 'global' && b === 'provisioned') return { type: 'global-provisioned', words: 2 };
  if (a === 'provisioned' || a === 'ptu' || a === 'ptus') return { type: 'provisioned-throughput', words: b === 'throughput' ? 2 : 1 };
  if (a === 'global' && b === 'standard') return { type: 'global-standard', words: 2 };
  if (a === 'globalstandard') return { type: 'global-standard', words: 1 };
  if (a === 'data' && b === 'zone' && c === 'standard') return { type: 'data-zone-standard', words: 3 };
  if (a === 'datazone' && b === 'standard') return { type: 'data-zone-standard', words: 2 };
  if (a === 'standard' || a === 'regional') return { type: 'standard', words: 1 };
  if (a === 'developer') return { type: 'developer', words: 1 };
  if (a === 'serverless') return { option: 'serverless', words: 1 };
  if (a === 'managed' && b === 'compute') return { option: 'managed-compute', words: 2 };
  if (a === 'fireworks') return { option: 'fireworks', words: 1 };
  return null;
}

function readDeployment(tokens: readonly Token[], claimed: ArrayLike<number>): DeploymentAsked | null {
  const w = (i: number): string => (i >= 0 && i < tokens.length && claimed[i] === 0 ? (tokens[i] as Token).t : '');
  let asked = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = w(i);
    if (TRAINING_WORDS.has(t)) return null; // a training question that mentions deployment
    if (!DEPLOY_WORDS.has(t)) continue;
    const before = [w(i - 1), w(i - 2), w(i - 3)];
    if (before.some((x) => NOT_THIS.has(x))) return null;
    asked = true;
  }
  if (!asked) return null;
  let type: string | null = null;
  let option: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const found = deploymentName(w, i);
    if (found === null) continue;
    if (found.type !== undefined) type ??= found.type;
    if (found.option !== undefined) option ??= found.option;
    i += found.words - 1;
  }
  return { type, option };
}

function readSince(tokens: readonly Token[], at: number): string | null {
  for (let i = at; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    const month = MONTHS.findIndex((m) => m === t || m.slice(0, 3) === t || (t === 'sept' && m === 'september'));
    if (month >= 0) {
      const mm = String(month + 1).padStart(2, '0');
      const year = (tokens[i + 1] as Token | undefined)?.t ?? '';
      return /^20\d\d$/.test(year) ? `${year}-${mm}-01` : `--${mm}`;
    }
    const iso = /^(20\d\d)$/.exec(t);
    if (iso) return `${iso[1]}-01-01`;
  }
  return null;
}

function readChanges(tokens: readonly Token[], claimed: ArrayLike<number>): { changes: boolean; since: string | null } {
  const w = (i: number): string => (i >= 0 && i < tokens.length && claimed[i] === 0 ? (tokens[i] as Token).t : '');
  for (let i = 0; i < tokens.length; i++) {
    const t = w(i);
    const changed = t === 'changed' || t === 'changes' || t === 'change' || t === 'updated' || t === 'updates';
    // "what's new", "anything new", "what is new": not "new models in Sweden Central".
    const isNew = t === 'new' && ['whats', 'what', 's', 'is', 'anything', 'something'].includes(w(i - 1)) && w(i + 1) !== 'models' && w(i + 1) !== 'model';
    if (!changed && !isNew) continue;
    const sinceAt = tokens.findIndex((x, k) => k > i && (x.t === 'since' || x.t === 'from' || x.t === 'after'));
    return { changes: true, since: sinceAt < 0 ? null : readSince(tokens, sinceAt + 1) };
  }
  return { changes: false, since: null };
}

/** Whether a deployment word is ruled out by the words just before it ("not for deployment", "rather than deploy"). */
function deploymentRuledOut(tokens: readonly Token[], claimed: ArrayLike<number>): boolean {
  const w = (i: number): string => (i >= 0 && i < tokens.length && claimed[i] === 0 ? (tokens[i] as Token).t : '');
  return tokens.some((_, i) => DEPLOY_WORDS.has(w(i)) && [w(i - 1), w(i - 2), w(i - 3)].some((x) => NOT_THIS.has(x)));
}

export function readTopics(tokens: readonly Token[], claimed: ArrayLike<number>): TopicReading {
  const { changes, since } = readChanges(tokens, claimed);
  return { deployment: readDeployment(tokens, claimed), notDeployment: deploymentRuledOut(tokens, claimed), changes, since };
}

/** "us data zone", "US datazone": the data zone the overview names. */
export function usDataZone(tokens: readonly Token[], claimed: ArrayLike<number>): boolean {
  return tokens.some(
    (t, i) =>
      t.t === 'us' &&
      claimed[i] === 0 &&
      (tokens[i + 1]?.t === 'datazone' || (tokens[i + 1]?.t === 'data' && (tokens[i + 2]?.t === 'zone' || tokens[i + 2]?.t === 'zones'))),
  );
}
