// The in-process state store forgets what is older than its window and never holds more than its cap.
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';

test('an item expires a window after its last write, and a new write keeps it alive', async () => {
  let now = 0;
  const s = new ExpiringMemoryStorage(1000, 10, () => now);
  await s.write({ a: { v: 1 }, b: { v: 2 } });
  now = 800;
  await s.write({ b: { v: 3 } });
  now = 1500;
  expect(await s.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ v: 3 }) });
  await s.write({ c: { v: 4 } });
  expect(s.size).toBe(2); // a was pruned on this write
});

test('no more than the cap is kept: the least recently written go first', async () => {
  const s = new ExpiringMemoryStorage(60_000, 3, () => 0);
  for (const k of ['a', 'b', 'c', 'd', 'e']) await s.write({ [k]: { v: k } });
  expect(s.size).toBe(3);
  expect(Object.keys(await s.read(['a', 'b', 'c', 'd', 'e']))).toEqual(['c', 'd', 'e']);
});

test('eTags: a stale eTag is refused, "*" or none is last writer wins', async () => {
  const s = new ExpiringMemoryStorage(60_000, 10, () => 0);
  await s.write({ k: { v: 1 } });
  const first = (await s.read(['k'])).k;
  await s.write({ k: { ...first, v: 2 } });
  await expect(s.write({ k: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
  await s.write({ k: { v: 4, eTag: '*' } });
  expect((await s.read(['k'])).k.v).toBe(4);
  await s.delete(['k']);
  expect(await s.read(['k'])).toEqual({});
});
