// The knowledge holder tells its swap listeners what was replaced and by what, after the swap, and a listener
// that fails (thrown or rejected) neither undoes the swap nor stops the others.
import { createKnowledgeHolder } from '../../src/knowledge/holder';
import { loadKnowledge } from '../../src/knowledge/load';

test('swap listeners hear before and after; a failing one is reported and the rest still run', async () => {
  const a = loadKnowledge();
  const b = loadKnowledge();
  const errors: unknown[] = [];
  const holder = createKnowledgeHolder(a, { onListenerError: (e) => errors.push(e) });
  const heard: [unknown, unknown, unknown][] = [];
  holder.onSwap(() => {
    throw new Error('thrown');
  });
  holder.onSwap(async () => {
    throw new Error('rejected');
  });
  const off = holder.onSwap((before, after) => void heard.push([before, after, holder.current()]));
  holder.swap(b);
  await new Promise((r) => setImmediate(r));
  expect(holder.current()).toBe(b);
  expect(heard).toEqual([[a, b, b]]);
  expect(errors.map((e) => (e as Error).message).sort()).toEqual(['rejected', 'thrown']);
  off();
  holder.swap(a);
  expect(heard).toHaveLength(1);
  // Swapping in the snapshot already held is no change.
  const again: unknown[] = [];
  holder.onSwap(() => void again.push(1));
  holder.swap(a);
  expect(again).toEqual([]);
});
