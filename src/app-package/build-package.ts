// Zips the app package: the given files at the zip's root, in the given order. The timestamps are fixed,
// so the same inputs give the same bytes in the same time zone (zip times are local): a rebuild with
// nothing changed is byte-for-byte identical.
import { ZipFile } from 'yazl';

export interface PackageFile {
  /** The entry name: a plain file name, at the zip root. */
  readonly name: string;
  readonly data: Buffer;
}

const FIXED_MTIME = new Date(Date.UTC(2020, 0, 1));

export function buildZip(files: readonly PackageFile[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const f of files) {
      if (!/^[^/\\]+$/.test(f.name) || f.name === '.' || f.name === '..') {
        reject(new Error(`"${f.name}" is not a plain file name: app package files sit at the zip root`));
        return;
      }
      zip.addBuffer(f.data, f.name, { mtime: FIXED_MTIME, mode: 0o100644, forceDosTimestamp: true });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
