// What the message-extension search offers for a query: the answer itself first, then answers about what
// it named (each model, each region, each clarification candidate), at most 10. Pure: no Teams here.
import { answer } from '../core';
import type { Answer } from '../core';
import type { CatalogService } from '../core';
import { exampleQuestions } from '../core';
import type { Question } from '../core';
import type { Understand } from '../knowledge/load';

export const MAX_RESULTS = 10;

/** Starting points for an empty search box: questions most people ask first. */
export function startingQuestions(catalog: CatalogService): string[] {
  return [exampleQuestions(catalog)[0]!, 'models', 'regions', 'which models support vision?', 'which models have a developer tier?'];
}

function bare(q: Question, patch: Partial<Question>): Question {
  return { ...q, models: [], regions: [], place: null, filter: null, clarify: null, offTopic: null, followUp: false, ...patch };
}

export function searchAnswers(understand: Understand, catalog: CatalogService, query: string): Answer[] {
  const text = query.trim();
  if (!text) return startingQuestions(catalog).map((s) => answer(understand(s), catalog));
  const q = understand(text);
  const out: Answer[] = [answer(q, catalog)];
  if (q.intent === 'clarify' && q.clarify) {
    const main = out[0]!;
    if (main.kind === 'clarify') for (const c of main.candidates) out.push(answer(understand(c.ask), catalog));
  } else {
    for (const m of q.models) {
      if (m.source === 'catalog' && q.intent !== 'model') out.push(answer(bare(q, { intent: 'model', models: [m] }), catalog));
      if (m.source === 'catalog' && q.regions.length === 0) {
        for (const r of catalog.model(m.id)!.primary.standardRegions) {
          out.push(answer(bare(q, { intent: 'check', models: [m], regions: [r] }), catalog));
        }
      }
    }
    if (q.intent !== 'region') {
      for (const r of q.regions) out.push(answer(bare(q, { intent: 'region', regions: [r] }), catalog));
    }
  }
  const seen = new Set<string>();
  return out.filter((a) => !seen.has(`${a.headline}|${a.subject}`) && seen.add(`${a.headline}|${a.subject}`)).slice(0, MAX_RESULTS);
}
