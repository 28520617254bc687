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

test('reading an item neither keeps it alive nor saves it from the cap', async () => {
  let now = 0;
  const s = new ExpiringMemoryStorage(1000, 2, () => now);
  await s.write({ a: { v: 1 } });
  now = 10;
  await s.write({ b: { v: 2 } });
  now = 900;
  expect(Object.keys(await s.read(['a']))).toEqual(['a']);
  await s.write({ c: { v: 3 } }); // the cap pushes out a, the least recently written, though it was just read
  expect(Object.keys(await s.read(['a', 'b', 'c']))).toEqual(['b', 'c']);
  now = 1011;
  expect(Object.keys(await s.read(['b', 'c']))).toEqual(['c']); // b: 1001 ms after its write, though read at 900
});

test('an item is still there exactly a window after its write, and gone a millisecond later', async () => {
  let now = 5000;
  const s = new ExpiringMemoryStorage(1000, 10, () => now);
  await s.write({ k: { v: 1 } });
  now = 6000;
  expect(await s.read(['k'])).toEqual({ k: expect.objectContaining({ v: 1 }) });
  now = 6001;
  expect(await s.read(['k'])).toEqual({});
  // An expired item's eTag no longer binds: a write with a stale eTag starts it afresh.
  await expect(s.write({ k: { v: 2, eTag: '1' } })).resolves.toBeUndefined();
});

test('what is read is a copy: changing it, or the object written, changes nothing stored', async () => {
  const s = new ExpiringMemoryStorage(60_000, 10);
  const item = { list: [1] };
  await s.write({ k: item });
  item.list.push(2);
  const read = (await s.read(['k'])).k;
  read.list.push(3);
  expect((await s.read(['k'])).k.list).toEqual([1]);
});

test('a window that is not a whole number of milliseconds is taken', async () => {
  let now = 0;
  const s = new ExpiringMemoryStorage(1.5, 10, () => now);
  await s.write({ k: { v: 1 } });
  now = 1;
  expect(Object.keys(await s.read(['k']))).toEqual(['k']);
  now = 2;
  expect(await s.read(['k'])).toEqual({});
});

test('expired items are let go within two windows of their last write', async () => {
  let now = 0;
  const s = new ExpiringMemoryStorage(1000, 10_000, () => now);
  const writes: number[] = [];
  for (let i = 0; i < 100; i++, now += 70) {
    await s.write({ [`k${i}`]: { v: i } });
    writes.push(now);
    expect(s.size).toBeLessThanOrEqual(writes.filter((t) => now - t <= 2000).length);
  }
});
