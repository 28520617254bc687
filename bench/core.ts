// The core alone: understand+answer and card rendering per question, beside a baseline measured in the
// same run (JSON.parse + JSON.stringify of a typical Teams message activity), and the catalog's load cost;
// and the same work for a question asked before, as the bot does it (src/bot/answer-cache.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../src/pipeline/pipeline';
import { answer } from '../src/core';
import { answerInputs } from '../src/core';
import { createCardRenderer } from '../src/presentation/card-render';
import { loadKnowledge } from '../src/knowledge/load';
import { projectRoot } from '../src/paths';
import { summary, timeEach } from './stats';

export interface CoreFigures {
  questions: number;
  /** Different answers the questions need (two ways of asking one thing need one). */
  distinctAnswers: number;
  baseline: ReturnType<typeof summary>;
  understandAnswer: ReturnType<typeof summary>;
  render: ReturnType<typeof summary>;
  /** understand + answer + render for a question asked before: its reading and its card remembered. */
  remembered: ReturnType<typeof summary>;
  catalogLoad: ReturnType<typeof summary>;
}

export function loadQuestions(): string[] {
  return readFileSync(path.join(projectRoot(), 'bench', 'questions.txt'), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
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
  timeEach(answers, 2, (a) => cards.render(a, k.catalog));
  timeEach(questions, 3, () => JSON.stringify(JSON.parse(activityText)));

  const baseline = summary(timeEach(questions, rounds, () => JSON.stringify(JSON.parse(activityText))));
  const understandAnswer = summary(timeEach(questions, rounds, (q) => answer(k.understand(q), k.catalog)));
  const render = summary(timeEach(answers, Math.max(2, rounds / 4), (a) => cards.render(a, k.catalog)));
  // The bot's own pipeline, with room for every corpus answer.
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 1024 }).current();
  const turn = (text: string) => scout.ask(text).card;
  timeEach(questions, 2, turn);
  const remembered = summary(timeEach(questions, rounds, turn));
  const catalogLoad = summary(timeEach([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1, () => loadKnowledge()));
  const distinctAnswers = new Set(questions.map((q) => JSON.stringify(answerInputs(k.understand(q))))).size;
  return { questions: questions.length, distinctAnswers, baseline, understandAnswer, render, remembered, catalogLoad };
}
