// What the message-extension search offers for a query, as questions: the query itself first, then
// questions about what it named (each model, each region, each clarification candidate). The pipeline
// answers them and keeps the first MAX_RESULTS different answers. Pure: no Teams here.
import { answer, blankQuestion, exampleQuestions, type CatalogService, type Question } from '../core';

export const MAX_RESULTS = 10;

/** Starting points for an empty search box: questions most people ask first. */
export function startingQuestions(catalog: CatalogService): string[] {
  return [exampleQuestions(catalog)[0]!, 'models', 'regions', 'which models support vision?', 'which models have a developer tier?'];
}

/** A question about one thing the query named, asked plainly; its conditions (tier, images, method) kept. */
/** A question about one thing the query named: nothing else named, but its tier, modality and method kept. */
function bare(q: Question, patch: Partial<Question>): Question {
  const { intent, text, tier, excludeTiers, modality, method } = q;
  return { ...blankQuestion(text), intent, tier, excludeTiers, modality, method, ...patch };
}

export function searchQuestions(understand: (text: string) => Question, catalog: CatalogService, query: string): Question[] {
  const text = query.trim();
  if (!text) return startingQuestions(catalog).map((s) => understand(s));
  const q = understand(text);
  const out: Question[] = [q];
  if (q.intent === 'clarify' && q.clarify) {
    // Each candidate is asked as the clarification's own buttons ask it.
    const main = answer(q, catalog);
    if (main.kind === 'clarify') for (const c of main.candidates) out.push(understand(c.ask));
  } else {
    for (const m of q.models) {
      if (m.source === 'catalog' && q.intent !== 'model') out.push(bare(q, { intent: 'model', models: [m] }));
      if (m.source === 'catalog' && q.regions.length === 0) {
        for (const r of catalog.model(m.id)!.primary.standardRegions) out.push(bare(q, { intent: 'check', models: [m], regions: [r] }));
      }
    }
    if (q.intent !== 'region') {
      for (const r of q.regions) out.push(bare(q, { intent: 'region', regions: [r] }));
    }
  }
  return out;
}
