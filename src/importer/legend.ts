// The supported-models table's legend (fine-tune-supported-models.md, "**Legend**"), read into data:
//   <sup>1</sup> Only Provisioned Throughput deployment type is supported.       -> only [provisioned-throughput]
//   <sup>5</sup> Developer deployment type is not supported.                      -> excluded [developer]
//   <sup>3</sup> GPT-5 reinforcement fine-tuning requires an invitation. ...      -> invitation only
// A legend the importer cannot read stops the import: a restriction read wrongly would put a model where it
// cannot be deployed.
import { saysInvitationOnly } from '../core';
import { ImportError } from './errors';
import { slug, splitList } from './names';
import { plainText } from './markdown-text';

export type Legend =
  | { readonly kind: 'only-deployment-types'; readonly types: string[]; readonly text: string }
  | { readonly kind: 'excluded-deployment-types'; readonly types: string[]; readonly text: string }
  | { readonly kind: 'invitation-only'; readonly text: string }
  | { readonly kind: 'preview'; readonly text: string };

const ONLY = /^only (?:the )?(.+?) deployment types? (?:is|are) supported\b/i;
const NOT = /^(?:the )?(.+?) deployment types? (?:is|are) not supported\b|^(?:the )?(.+?) deployment types? (?:isn't|aren't) supported\b/i;

/** Reads one legend text; `mark` and `where` are for the error message only. */
export function readLegend(text: string, mark: string, where: string): Legend {
  const t = plainText(text);
  const only = ONLY.exec(t);
  if (only) return { kind: 'only-deployment-types', types: splitList(only[1] as string).map(slug), text: t };
  const not = NOT.exec(t);
  if (not) return { kind: 'excluded-deployment-types', types: splitList((not[1] ?? not[2]) as string).map(slug), text: t };
  if (saysInvitationOnly(t)) return { kind: 'invitation-only', text: t };
  if (/\bpreview\b/i.test(t)) return { kind: 'preview', text: t };
  throw new ImportError('bad-legend', `cannot understand legend ${mark} ("${t}") on ${where}`);
}

/**
 * "For supported serverless deployments, Global Standard, Data Zone Standard, and Developer are available unless
 * a legend states otherwise." -> the deployment types serverless offers by default; null when no such sentence.
 */
export function readServerlessDefaults(paragraphs: readonly string[]): string[] | null {
  for (const p of paragraphs) {
    const m = /\bserverless deployments?,\s*(.+?)\s+(?:are|is)\s+available unless a legend\b/i.exec(plainText(p));
    if (m) return splitList(m[1] as string).map(slug);
  }
  return null;
}
