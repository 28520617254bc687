// The overview page (articles/foundry/fine-tuning/overview.md, 10/2026): what the terms in the other documents
// mean. It includes the tables of the other documents (`[!INCLUDE ...]`) but holds none of their facts; its own
// tables say what the training types, methods and deployment types are:
//
// | Training type | Description |          -> training types, with "Only the US data zone is currently supported."
// | Method | Training signal | When it fits |   -> methods: "Supervised fine-tuning (SFT)" is SFT
// | Deployment type | Description |        -> deployment types: "Provisioned Throughput" is provisioned-throughput
// ## Deployment options, "- **Serverless**: ..." bullets -> deployment options
import type { Meaning, TierId } from '../core';
import { ImportError } from './errors';
import { readSections } from './markdown-blocks';
import type { PipeTable } from './markdown-table';
import { readPipeTables, toLines } from './markdown-table';
import { plainText } from './markdown-text';
import { namesPreview, slug, splitList } from './names';
import { tierIdOfLabel } from './tier-facts';

const headerIs = (table: PipeTable, ...names: string[]): boolean =>
  table.header.length >= names.length && names.every((n, i) => plainText(table.header[i] ?? '').toLowerCase() === n);

const isTrainingTypes = (t: PipeTable): boolean => headerIs(t, 'training type', 'description');
const isDeploymentTypes = (t: PipeTable): boolean => headerIs(t, 'deployment type', 'description');
const isMethods = (t: PipeTable): boolean => headerIs(t, 'method');

/** The overview's own tables: training types or deployment types, each with a Description. */
export function isOverviewTable(table: PipeTable): boolean {
  return isTrainingTypes(table) || isDeploymentTypes(table);
}

export interface Overview {
  readonly trainingTypes: (Meaning & { id: TierId })[] | null;
  readonly methods: Meaning[] | null;
  readonly deploymentOptions: Meaning[] | null;
  readonly deploymentTypes: Meaning[] | null;
  /** "Only the US data zone is currently supported": in the training type table, and in the deployment type table. */
  readonly dataZones: { training: string[] | null; deployment: string[] | null };
}

const ZONES = /\bonly (?:the )?(.+?) data zones? (?:is|are) (?:currently )?supported\b/i;

function zonesIn(rows: Meaning[]): string[] | null {
  for (const r of rows) {
    const m = ZONES.exec(r.description);
    if (m) return splitList(m[1] as string);
  }
  return null;
}

/** "Managed compute (preview)" -> its name without "(preview)", and whether it had it. */
function named(text: string): { name: string; preview: boolean } {
  const plain = plainText(text);
  return { name: plain.replace(/\s*\((?:public |private )?preview\)\s*/gi, ' ').trim(), preview: namesPreview(plain) };
}

function describedRows(table: PipeTable, what: string): { name: string; preview: boolean; description: string }[] {
  return table.rows
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => {
      const { name, preview } = named(r[0] ?? '');
      if (name === '') throw new ImportError('bad-cell', `the ${what} table has a row without a name`);
      return { name, preview, description: plainText(r.slice(1).join(' ')) };
    });
}

/** The body under the heading whose text matches, up to the next heading of the same or a higher level. */
function underHeading(body: string, heading: RegExp): string | null {
  const lines = toLines(body);
  const start = lines.findIndex((l) => {
    const m = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(l);
    return m !== null && heading.test(plainText(m[2] as string));
  });
  if (start < 0) return null;
  const level = (/^\s{0,3}(#{1,6})/.exec(lines[start] as string)?.[1] as string).length;
  const end = lines.findIndex((l, i) => i > start && (/^\s{0,3}(#{1,6})\s/.exec(l)?.[1]?.length ?? 99) <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

export function readOverview(body: string): Overview {
  const tables = readPipeTables(body);
  const trainingTable = tables.find(isTrainingTypes);
  const deploymentTable = tables.find(isDeploymentTypes);
  const methodsTable = tables.find(isMethods);

  const trainingTypes = trainingTable
    ? describedRows(trainingTable, 'training type').map((r) => {
        const id = tierIdOfLabel(r.name);
        if (!id) throw new ImportError('bad-cell', `unknown training type "${r.name}" in the overview's training type table`);
        return { id, ...r };
      })
    : null;

  const deploymentTypes = deploymentTable ? describedRows(deploymentTable, 'deployment type').map((r) => ({ id: slug(r.name), ...r })) : null;

  const methods = methodsTable
    ? methodsTable.rows
        .filter((r) => r.some((c) => c.trim() !== ''))
        .map((r) => {
          const text = plainText(r[0] ?? '');
          // "Supervised fine-tuning (SFT)": the acronym in the last parentheses is the id the tables use.
          const m = /^(.*?)\s*\(([A-Z][A-Z0-9]*)\)\s*$/.exec(text);
          if (!m) throw new ImportError('bad-cell', `cannot read the method "${text}" in the overview (expected "Name (ACRONYM)")`);
          const parts = methodsTable.header.slice(1).map((h, i) => `${plainText(h)}: ${plainText(r[i + 1] ?? '')}`);
          return { id: m[2] as string, name: m[1] as string, preview: false, description: parts.join(' ') };
        })
    : null;

  const optionsText = underHeading(body, /^deployment options$/i);
  const options =
    optionsText === null
      ? null
      : readSections(optionsText)
          .flatMap((s) => s.items)
          .filter((i) => i.type === 'bullet')
          .map((i) => /^\*\*(.+?)\*\*\s*:\s*(.+)$/.exec(i.text))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => {
            const { name, preview } = named(m[1] as string);
            return { id: slug(name), name, preview, description: plainText(m[2] as string) };
          });

  return {
    trainingTypes,
    methods,
    deploymentOptions: options === null || options.length === 0 ? null : options,
    deploymentTypes,
    dataZones: { training: trainingTypes ? zonesIn(trainingTypes) : null, deployment: deploymentTypes ? zonesIn(deploymentTypes) : null },
  };
}
