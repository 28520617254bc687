// What one turn may still spend on Teams, and what Teams has done to it so far. Botbuilder sends a turn's
// replies through one HTTP client shared by every turn, with no way to hand that client anything per turn;
// node's AsyncLocalStorage carries this record from the request that started the turn down to each call the
// turn makes (replies, their retries, the token for them), however deep inside botbuilder they start.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface TurnOutbound {
  /** Epoch ms after which the turn makes no more outbound calls. */
  readonly deadline: number;
  /** Why the last call to Teams failed (a status, a timeout, a refused connection), or null if it did not. */
  trouble: string | null;
  /** Set once Teams timed out, refused or reset a connection, or a retry no longer fit: nothing more is sent. */
  down: string | null;
}

/** Records that Teams failed this turn for good: nothing more is sent in it, and no apology is tried. */
export function markDown(turn: TurnOutbound | undefined, reason: string): void {
  if (!turn) return;
  turn.down ??= reason;
  turn.trouble = reason;
}

export interface TurnDeadlines {
  /** Runs `work` as one turn, which may wait on Teams until the budget given at creation is spent. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** The turn the caller runs in, or undefined outside any turn (then only per-call bounds apply). */
  current(): TurnOutbound | undefined;
}

export function createTurnDeadlines(budgetMs: number, now: () => number = Date.now): TurnDeadlines {
  const store = new AsyncLocalStorage<TurnOutbound>();
  return {
    run: (work) => store.run({ deadline: now() + budgetMs, trouble: null, down: null }, work),
    current: () => store.getStore(),
  };
}
