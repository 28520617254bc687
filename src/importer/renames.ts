// The renamed-models fact sheet (data/source/model-renames.md): models Microsoft's documents list under a new
// name. The documents themselves never say "formerly": the 03/05/2026 table lists `Qwen-32B` and the 10/2026
// table `Qwen3-32B` in its place, so the link is kept as data, with its evidence, and never typed into code.
// Its table has the columns old name / new name (and any others, e.g. evidence, which the importer skips).
import { ImportError } from './errors';
import { plainText } from './markdown-text';
import { readPipeTables } from './markdown-table';

export interface Rename {
  readonly from: string;
  readonly to: string;
}

export function readRenames(text: string, source: string): Rename[] {
  for (const table of readPipeTables(text)) {
    const header = table.header.map((h) => plainText(h).toLowerCase());
    const from = header.indexOf('old name');
    const to = header.indexOf('new name');
    if (from < 0 || to < 0) continue;
    const renames: Rename[] = [];
    for (const row of table.rows) {
      if (row.every((c) => c.trim() === '')) continue;
      const r = { from: plainText(row[from] ?? ''), to: plainText(row[to] ?? '') };
      if (r.from === '' || r.to === '' || r.from === r.to) {
        throw new ImportError('bad-renames', `the renamed-models sheet ${source} has a row that is not an old and a new name: "${r.from}" / "${r.to}"`);
      }
      if (renames.some((x) => x.from === r.from)) throw new ImportError('bad-renames', `the renamed-models sheet ${source} renames ${r.from} twice`);
      renames.push(r);
    }
    return renames;
  }
  throw new ImportError('bad-renames', `the renamed-models sheet ${source} has no table with the columns old name / new name`);
}
