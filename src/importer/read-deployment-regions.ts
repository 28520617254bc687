// A deployment region table (articles/foundry/includes/fine-tune-standard-deployment-regions.md and
// fine-tune-provisioned-throughput-deployment-regions.md, 10/2026): where a fine-tuned model can be deployed
// (serverless) with one deployment type.
//
// | Model ID | East US 2 | North Central US | Sweden Central |
// | `gpt-4o` | ✅ | ❌ | ✅ |
//
// "Only the following models support serverless Standard deployments": a model the table does not list has no
// region for that type. Which deployment type the table is for is read from the title ("Fine-tuning Standard
// deployment regions"), else the description or the lead paragraph ("support serverless Provisioned Throughput
// deployments"); a document that names none, or two, is refused.
import type { RegionDirectory } from '../core';
import { parseFlag, parseModelCell } from './cells';
import { columnKind } from './table-columns';
import { ImportError } from './errors';
import type { PipeTable } from './markdown-table';
import { plainText, takeSupMarks } from './markdown-text';
import { slug } from './names';
import { resolveRegion } from './region-names';

/** A model column and every other column a region the directory knows (at least one of them). */
export function isDeploymentRegionsTable(table: PipeTable, regions: RegionDirectory): boolean {
  const [first, ...rest] = table.header;
  if (first === undefined || columnKind(first) !== 'model' || rest.length === 0) return false;
  const named = rest.filter((h) => h.trim() !== '');
  // Any column the older layouts know (Global, Standard regions, ...) makes it one of them, not this table.
  if (named.some((h) => columnKind(h) !== null)) return false;
  return named.some((h) => regions.byDisplayName(plainText(h)) !== undefined);
}

export interface DeploymentRegions {
  /** The deployment type, as a slug of the documents' name: `standard`, `provisioned-throughput`. */
  readonly deploymentType: string;
  readonly rows: { id: string; version: string | null; regions: string[] }[];
}

const TITLE = /^(?:fine-?tuning\s+)?(.+?)\s+deployment regions\b/i;
const SENTENCE = /\bsupports?\s+(?:serverless\s+)?(.+?)\s+deployments?\b/i;

/** The deployment type the document is about, from its title, description or lead paragraph. */
export function deploymentTypeOf(title: string, description: string, paragraphs: readonly string[]): string {
  const fromTitle = TITLE.exec(plainText(title));
  if (fromTitle) return slug(fromTitle[1] as string);
  for (const text of [description, ...paragraphs]) {
    const m = SENTENCE.exec(plainText(text));
    if (m) return slug(m[1] as string);
  }
  throw new ImportError(
    'no-facts',
    `cannot tell which deployment type the region table "${title}" is for (no "... deployment regions" title or "support ... deployments" sentence)`,
  );
}

export function readDeploymentRegions(table: PipeTable, deploymentType: string, regions: RegionDirectory): DeploymentRegions {
  const columns = table.header.map((h, i) => {
    if (i === 0) return null;
    const name = plainText(h);
    if (name === '') return null;
    return { name, region: resolveRegion(name, regions, `the header of the ${deploymentType} deployment region table`) };
  });
  const rows: DeploymentRegions['rows'] = [];
  for (const row of table.rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const model = takeSupMarks(row[0] ?? '');
    if (model.marks.length > 0)
      throw new ImportError(
        'unknown-footnote',
        `the ${deploymentType} deployment region table has a footnote mark on ${plainText(model.text)}, and it reads none`,
      );
    const { id, version } = parseModelCell(model.text);
    const label = version === null ? id : `${id} (${version})`;
    if (rows.some((r) => r.id === id && r.version === version))
      throw new ImportError('duplicate-model', `the ${deploymentType} deployment region table lists ${label} twice`);
    const listed: string[] = [];
    columns.forEach((c, i) => {
      if (c === null) return;
      const cell = takeSupMarks(row[i] ?? '');
      if (cell.marks.length > 0)
        throw new ImportError(
          'unknown-footnote',
          `the ${deploymentType} deployment region table has a footnote mark in the ${c.name} cell of ${label}, and it reads none`,
        );
      if (parseFlag(cell.text, `the "${c.name}" cell of ${label}`)) listed.push(c.region);
    });
    rows.push({ id, version, regions: listed });
  }
  if (rows.length === 0) throw new ImportError('no-models', `the ${deploymentType} deployment region table has no model rows`);
  return { deploymentType, rows };
}
