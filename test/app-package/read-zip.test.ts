// Reading a zip back: what yazl wrote comes back byte for byte; a corrupt, oversized or lying archive is
// refused with a message that names the entry and the reason.
import { ZipFile } from 'yazl';
import { buildZip } from '../../src/app-package/build-package';
import { readZip, ZIP_LIMITS } from '../../src/app-package/read-zip';

const MANIFEST = Buffer.from(`${JSON.stringify({ manifestVersion: '1.30', name: { short: 'Fine-Tune Scout' } }, null, 2)}\n`);

/** A zip of `files`, each stored as is or deflated. */
function zipOf(files: ReadonlyArray<{ name: string; data: Buffer; compress: boolean }>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const f of files) zip.addBuffer(f.data, f.name, { compress: f.compress, mtime: new Date(Date.UTC(2020, 0, 1)) });
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

/** Where the first copy of `data` starts in `zip` (a stored entry's bytes). */
function offsetOf(zip: Buffer, data: Buffer): number {
  const at = zip.indexOf(data);
  if (at < 0) throw new Error('data not found in the zip');
  return at;
}

/** A copy of `zip` with one bit of the byte at `at` flipped. */
function flipped(zip: Buffer, at: number, bit = 0x01): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt8(copy.readUInt8(at) ^ bit, at);
  return copy;
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

test('gives back the package files, names and bytes, in order, stored or deflated', async () => {
  const files = [
    { name: 'manifest.json', data: MANIFEST },
    { name: 'color.png', data: Buffer.alloc(3000, 7) },
    { name: 'outline.png', data: Buffer.from([1, 2, 3]) },
  ];
  expect(await readZip(await buildZip(files))).toEqual(files);
  const stored = files.map((f) => ({ ...f, compress: false }));
  expect(await readZip(await zipOf(stored))).toEqual(files);
});

test('a stored entry with one corrupted byte is refused: its CRC-32 does not match', async () => {
  const zip = await zipOf([
    { name: 'color.png', data: Buffer.from('colour icon bytes'), compress: false },
    { name: 'manifest.json', data: MANIFEST, compress: false },
  ]);
  const bad = flipped(zip, offsetOf(zip, MANIFEST) + 10); // same size, different bytes: only the CRC can tell
  await expect(readZip(bad)).rejects.toThrow(/^manifest\.json: corrupt data: its CRC-32 is [0-9a-f]{8}, the zip records [0-9a-f]{8}$/);
  await expect(readZip(zip)).resolves.toHaveLength(2);
});

test('every one-byte corruption of a deflated entry is refused, naming the entry; some only the CRC-32 catches', async () => {
  const zip = await zipOf([{ name: 'manifest.json', data: Buffer.concat(Array(50).fill(MANIFEST)), compress: true }]);
  const dataStart = 30 + zip.readUInt16LE(26) + zip.readUInt16LE(28); // after the local header
  const dataEnd = zip.indexOf(CENTRAL_HEADER);
  const reasons = new Set<string>();
  for (let at = dataStart; at < dataEnd; at++) {
    const error = await readZip(flipped(zip, at, 0x10)).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^manifest\.json: /);
    reasons.add(error!.message.includes('CRC-32') ? 'crc' : 'other');
  }
  // Some flips still inflate to the recorded length: without the CRC-32 they would have been read as good.
  expect(reasons).toEqual(new Set(['crc', 'other']));
});

test('what is not a zip is refused as such', async () => {
  await expect(readZip(Buffer.from('{"manifestVersion": "1.30"}'))).rejects.toThrow(/^not a readable zip file: /);
  await expect(readZip(Buffer.alloc(0))).rejects.toThrow(/^not a readable zip file: /);
});

describe('size bounds, checked before anything is inflated', () => {
  const limits = { entries: 2, entryBytes: 1000, totalBytes: 1500 };

  test('the defaults allow a real package and not a zip bomb', () => {
    expect(ZIP_LIMITS.entries).toBeGreaterThanOrEqual(3);
    expect(ZIP_LIMITS.entryBytes).toBeGreaterThanOrEqual(1024 * 1024);
    expect(ZIP_LIMITS.totalBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  test('too many entries', async () => {
    const zip = await zipOf(['a', 'b', 'c'].map((name) => ({ name, data: Buffer.from(name), compress: false })));
    await expect(readZip(zip, limits)).rejects.toThrow('the zip has 3 entries; at most 2 are read');
    await expect(readZip(zip)).resolves.toHaveLength(3);
  });

  test('one entry too large', async () => {
    const zip = await zipOf([{ name: 'big.png', data: Buffer.alloc(1001), compress: true }]);
    await expect(readZip(zip, limits)).rejects.toThrow('big.png: 1001 bytes uncompressed; at most 1000 are read from one entry');
  });

  test('all entries together too large', async () => {
    const zip = await zipOf([
      { name: 'a.png', data: Buffer.alloc(800), compress: true },
      { name: 'b.png', data: Buffer.alloc(800), compress: true },
    ]);
    await expect(readZip(zip, limits)).rejects.toThrow('b.png: the entries so far hold 1600 bytes uncompressed; at most 1500 are read from one zip');
  });

  test('an entry that understates its size is cut off where the lie shows', async () => {
    // 1 MB of zeros deflates to about 1 KB; the central directory is then made to say 10 bytes.
    const zip = Buffer.from(await zipOf([{ name: 'bomb.png', data: Buffer.alloc(1024 * 1024), compress: true }]));
    zip.writeUInt32LE(10, zip.indexOf(CENTRAL_HEADER) + 24);
    await expect(readZip(zip, limits)).rejects.toThrow(/^bomb\.png: too many bytes in the stream/);
  });
});
