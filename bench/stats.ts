// Small statistics for benchmarks: timings in microseconds, medians and percentiles.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(samples: readonly number[]): { median: number; p99: number; mean: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / (samples.length || 1);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), mean, n: samples.length };
}

/** Runs fn once per item, `rounds` times over the list, and returns each call's time in microseconds. */
export function timeEach<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = process.hrtime.bigint();
      const v = fn(item);
      out.push(Number(process.hrtime.bigint() - t0) / 1000);
      if (v) sink++;
    }
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return out;
}

export const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
