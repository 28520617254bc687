// Freezes a value and everything reachable from it, so that shared data (the catalog, remembered
// answers and cards) cannot be changed by whoever reads it: a write throws in strict mode instead.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
