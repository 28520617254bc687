// Wording shared by every answer: tier names and lists in plain English.
import type { TierId } from '../catalog/schema';

const TIER_LABELS: Record<TierId, string> = {
  standard: 'Standard',
  global: 'Global',
  developer: 'Developer',
  datazone: 'Data zone',
};

export function tierLabel(tier: TierId): string {
  return TIER_LABELS[tier];
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
