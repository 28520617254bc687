// Questions typed in a hurry, as tried before this was committed: shorthand must not flip what is asked.
import { answer } from '../../src/core';
import { seedCatalog } from '../support/knowledge';
import { understand } from '../understand/support';

const catalog = seedCatalog();
const ask = (text: string) => answer(understand(text), catalog);

test('"w/o data residency" is without it: Global training, not a Standard "No"', () => {
  const a = ask('can we train gpt-4.1-mini w/o data residncy in japan east');
  expect([a.verdict, a.headline]).toEqual(['yes', 'Yes, with Global training']);
});

test('"dev tier?" about a model heads the answer with its tiers', () => {
  expect(ask('o4 mini dev tier?').headline).toBe('o4-mini: Standard and Global training; not Developer');
});
