// Reads a zip back into memory: the package command uses it to check the zip before writing it; tests use
// it too. yauzl (the reading sibling of the yazl that writes the package) parses the archive, refuses what it
// cannot read (bad records, unsafe names, methods other than stored and deflated) and makes every entry's
// data match its recorded uncompressed size. Two things it leaves to its caller, done here:
// - bounds on that recorded size (yauzl's README: zip-bomb heuristics are outside its scope): checked before
//   anything is inflated, so a hostile archive costs at most `totalBytes` of memory;
// - the CRC-32 (its README: "No CRC-32 Checking"): without it a flipped byte in a stored entry, or a deflate
//   stream that still inflates to the right length, would be read back as good data.
import zlib from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

export interface ZipLimits {
  /** Most entries in the archive. */
  readonly entries: number;
  /** Most uncompressed bytes in one entry. */
  readonly entryBytes: number;
  /** Most uncompressed bytes in all entries together. */
  readonly totalBytes: number;
}

/** Far above a Teams app package (a manifest and two icons, a few KB), far below what could hurt. */
export const ZIP_LIMITS: ZipLimits = { entries: 100, entryBytes: 8 * 1024 * 1024, totalBytes: 16 * 1024 * 1024 };

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** The entries of a zip, in central-directory order. Rejects, with a message saying why, on anything it cannot read. */
export async function readZip(zip: Buffer, limits: ZipLimits = ZIP_LIMITS): Promise<ZipEntry[]> {
  let archive: yauzl.ZipFile;
  try {
    archive = await yauzl.fromBufferPromise(zip);
  } catch (e) {
    throw new Error(`not a readable zip file: ${(e as Error).message}`, { cause: e });
  }
  if (archive.entryCount > limits.entries) throw new Error(`the zip has ${archive.entryCount} entries; at most ${limits.entries} are read`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let name = '';
  try {
    for await (const entry of archive.eachEntry()) {
      name = entry.fileName;
      const size = entry.uncompressedSize;
      if (size > limits.entryBytes) throw new Error(`${size} bytes uncompressed; at most ${limits.entryBytes} are read from one entry`);
      total += size;
      if (total > limits.totalBytes) throw new Error(`the entries so far hold ${total} bytes uncompressed; at most ${limits.totalBytes} are read from one zip`);
      const data = Buffer.concat(await (await archive.openReadStreamPromise(entry)).toArray());
      const crc = zlib.crc32(data);
      if (crc !== entry.crc32) throw new Error(`corrupt data: its CRC-32 is ${hex(crc)}, the zip records ${hex(entry.crc32)}`);
      entries.push({ name, data });
      name = '';
    }
  } catch (e) {
    throw new Error(name === '' ? `not a readable zip file: ${(e as Error).message}` : `${name}: ${(e as Error).message}`, { cause: e });
  }
  return entries;
}
