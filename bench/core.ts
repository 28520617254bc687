// The core alone: understand+answer and card rendering per question, beside a baseline measured in the
// same run (JSON.parse + JSON.stringify of a typical Teams message activity), and the catalog's load cost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answer } from '../src/core/answer/answer';
import { createCardRenderer } from '../src/cards/render';
import { pickersFor } from '../src/cards/pickers';
import { loadKnowledge, projectRoot } from '../src/knowledge';
import { summary, timeEach } from './stats';

export interface CoreFigures {
  questions: number;
  baseline: ReturnType<typeof summary>;
  understandAnswer: ReturnType<typeof summary>;
  render: ReturnType<typeof summary>;
  catalogLoad: ReturnType<typeof summary>;
}

export function loadQuestions(): string[] {
  return readFileSync(path.join(projectRoot(), 'bench', 'questions.txt'), 'utf8').replace(/\n$/, '').split('\n');
}

export function runCore(rounds = 20): CoreFigures {
  const root = projectRoot();
  const questions = loadQuestions();
  const activityText = readFileSync(path.join(root, 'test', 'fixtures', 'teams-activities', 'message-personal.json'), 'utf8');
  const k = loadKnowledge();
  const cards = createCardRenderer(path.join(root, 'cards'));
  const answers = questions.map((q) => answer(k.understand(q), k.catalog));

  // Warm up every path before measuring.
  timeEach(questions, 3, (q) => answer(k.understand(q), k.catalog));
  timeEach(answers, 2, (a) => cards.render(a, { pickers: pickersFor(a, k.catalog) }));
  timeEach(questions, 3, () => JSON.stringify(JSON.parse(activityText)));

  const baseline = summary(timeEach(questions, rounds, () => JSON.stringify(JSON.parse(activityText))));
  const understandAnswer = summary(timeEach(questions, rounds, (q) => answer(k.understand(q), k.catalog)));
  const render = summary(timeEach(answers, Math.max(2, rounds / 4), (a) => cards.render(a, { pickers: pickersFor(a, k.catalog) })));
  const catalogLoad = summary(timeEach([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1, () => loadKnowledge()));
  return { questions: questions.length, baseline, understandAnswer, render, catalogLoad };
}
