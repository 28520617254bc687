// Answer -> plain text, verdict first: for the `ask` CLI, for logs, and for the `text` of `--json`.
import type { Answer, ModelFacts } from '../core';
import { joinAnd } from '../core';
import { deploymentFacts } from './card-view';
import { alternativeTier, count, globalRegionsList, noStandardRegions, placesWithGeography, regionRows } from './rows';

function limitsLine(f: ModelFacts): string | null {
  const l = f.limits;
  if (!l) return null;
  const n = count;
  return `Limits: input ${n(l.input)} tokens, output ${n(l.output)} tokens, training example context ${n(l.trainingContext)} tokens.`;
}

function modelLines(f: ModelFacts): string[] {
  const lines = [`${f.id}${f.versions.length ? ` (${f.versions.join(', ')})` : ''}${f.preview ? ' [preview]' : ''}`];
  lines.push(f.standardRegions.length ? `  Standard: ${placesWithGeography(f.standardRegions)}` : `  Standard: ${noStandardRegions(f)}`);
  if (f.global !== null) {
    lines.push(`  Global: ${f.global ? (f.globalRegions ? globalRegionsList(f.globalRegions) : 'yes (regions not stated in this document)') : 'no'}`);
  }
  for (const x of f.globalExceptions) lines.push(`  Exception: ${x}`);
  if (f.developer !== null) lines.push(`  Developer: ${f.developer ? 'yes (no regions listed)' : 'no'}`);
  if (f.dataZone) lines.push(`  Data zone: ${f.dataZone}`);
  const lim = limitsLine(f);
  if (lim) lines.push(`  ${lim}`);
  if (f.trainingData) lines.push(`  Training data up to: ${f.trainingData}`);
  if (f.modality) lines.push(`  Modality: ${f.modality}`);
  if (f.methods) lines.push(`  Methods: ${f.methods.join(', ')}`);
  return lines;
}

function body(a: Answer): string[] {
  switch (a.kind) {
    case 'check': {
      const out: string[] = [];
      for (const r of a.results) {
        if (a.results.length > 1) out.push(`${r.model} in ${r.place.name} (${r.place.geography}): ${r.verdict}`);
        for (const t of r.tiers) out.push(`${a.results.length > 1 ? '  ' : ''}- ${t.label}: ${t.status}. ${t.reason}`);
        for (const x of r.exceptions) out.push(`  Exception: ${x}`);
      }
      for (const f of a.facts) {
        const lim = limitsLine(f);
        if (lim) out.push(`${a.facts.length > 1 ? `${f.id}: ` : ''}${lim}`);
      }
      if (a.alternatives.length) {
        out.push('Where else:');
        for (const alt of a.alternatives) out.push(`- ${alt.name} (${alt.geography}, ${alt.nearness}): ${alternativeTier(alt)}`);
      }
      for (const m of a.meanings) out.push(`${m.label}: ${m.meaning}`);
      return out;
    }
    case 'model':
    case 'compare':
    case 'list-models':
    case 'filter':
      return a.facts.flatMap(modelLines);
    case 'region':
      return a.places.flatMap((p) => [
        `${p.place.name} (${p.place.geography}):`,
        ...regionRows(p).map((r) => `  ${r.title === 'Developer' ? 'Developer tier (no regions listed)' : r.title}: ${r.value}`),
        ...p.exceptions.map((x) => `  Exception: ${x}`),
      ]);
    case 'list-regions':
      return a.regionsList.map(
        (r) =>
          `- ${r.name} (${r.region}, ${r.geography}): ${[r.standard.length ? `Standard for ${joinAnd(r.standard)}` : '', r.global ? 'Global' : '', ...r.exceptions].filter(Boolean).join('; ')}`,
      );
    case 'deploy':
      return a.deployments.flatMap((d) => [`Fine-tuned ${d.model}:`, ...deploymentFacts(d).map((f) => `  ${f.title}: ${f.value}`)]);
    case 'changes':
      return a.changes.flatMap((g) => [`${g.title}:`, ...g.items.map((i) => `- ${i}`)]);
    case 'clarify':
      return a.candidates.map((c) => `- ${c.label}`);
    case 'help':
    case 'unknown':
      return ['Try:', ...a.examples.map((e) => `- ${e}`)];
  }
}

function sourceLines(a: Answer): string[] {
  if (a.sources.length <= 1) return [`Source: ${a.source.title}, ${a.source.date} (${a.source.url})`];
  return a.sources.map((s) => `Source: ${s.title}, ${s.date}${s.current ? '' : ' (no longer current)'}${s.url ? ` (${s.url})` : ''}`);
}

export function answerToText(a: Answer): string {
  return [a.headline, a.subject, a.reason, ...body(a), ...a.notes.map((n) => `Note: ${n}`), ...sourceLines(a)].filter((l) => l.trim() !== '').join('\n');
}
