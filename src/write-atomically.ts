// Writes a file so that a crash or a full disk never leaves half of it: to a temporary file in the same
// folder, then a rename over the target (atomic on one filesystem). Used by the commands that write
// outputs people rely on (the catalog, the Teams app package).
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomically(file: string, data: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
