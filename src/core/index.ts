// The core's one public entry: everything outside src/core imports from here (lint enforces it), so the
// core's inner layout can change without touching its callers. Pure: no I/O, no Teams, no state.
export * from './question';
export * from './regions';
export * from './deep-freeze';
export * from './catalog/schema';
export * from './catalog/catalog';
export * from './catalog/catalog-states';
export * from './catalog/stated-facts';
export * from './understand';
export * from './answer/answer';
export * from './answer/types';
export * from './answer/answer-inputs';
export * from './answer/examples';
export * from './answer/words';
export * from './build-question';
export * from './watch-command';
