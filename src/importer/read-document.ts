// One document, recognised by its content and read into what it states. What a document is comes from its
// tables' headers (and, for a how-to page without tables, its `ms.topic`), never from its file name, so the
// documents can be given in any order and under any name:
//   | Model ID | Approach | Training types | Deployment options |     -> supported-models (10/2026)
//   | Foundry project region | Managed fine-tuning | Interactive ... | -> global-training-regions
//   | Model ID | East US 2 | North Central US | ...                   -> deployment-regions (type from the title)
//   | Training type | Description |, | Deployment type | Description | -> overview
//   anything else                                                     -> one of the older model table layouts
//                                                                        (import-document.ts), or its refusal
import type { CatalogV1, RegionDirectory } from '../core';
import { ImportError } from './errors';
import { frontMatterFields, readFrontMatter, type FrontMatter } from './front-matter';
import { importDocument } from './import-document';
import { readSections } from './markdown-blocks';
import { readPipeTables, type PipeTable } from './markdown-table';
import { plainText, squash } from './markdown-text';
import { deploymentTypeOf, isDeploymentRegionsTable, readDeploymentRegions, type DeploymentRegions } from './read-deployment-regions';
import { isGlobalTrainingRegionsTable, readGlobalTrainingRegions, type GlobalRegionRow } from './read-global-training-regions';
import { isOverviewTable, readOverview, type Overview } from './read-overview';
import { isSupportedModelsTable, readSupportedModels, type SupportedModels } from './read-supported-models';

interface Read {
  readonly front: FrontMatter;
  /** The document's `> [!NOTE]`-style alerts, as plain sentences (tips left out: they are advice, not facts). */
  readonly notes: string[];
}

export type ReadDocument =
  | (Read & { readonly kind: 'model-table'; readonly catalog: CatalogV1 })
  | (Read & { readonly kind: 'supported-models'; readonly table: SupportedModels })
  | (Read & { readonly kind: 'global-training-regions'; readonly rows: GlobalRegionRow[] })
  | (Read & { readonly kind: 'deployment-regions'; readonly table: DeploymentRegions })
  | (Read & { readonly kind: 'overview'; readonly overview: Overview })
  /** A how-to page without tables (deploy-fine-tuned-models.md): recognised, and it states no catalog fact. */
  | (Read & { readonly kind: 'how-to' });

export interface ReadContext {
  readonly regions: RegionDirectory;
  readonly tiersText: string;
  readonly tiersFile: string;
  readonly url: string;
  readonly file: string;
  readonly onWarning?: (message: string) => void;
}

type TableKind = 'supported-models' | 'global-training-regions' | 'deployment-regions' | 'overview';

const DESCRIBE: Record<TableKind, string> = {
  'supported-models': 'a supported-models table',
  'global-training-regions': 'a Global training regions table',
  'deployment-regions': 'a deployment region table',
  overview: "the overview's training and deployment type tables",
};

function tableKind(table: PipeTable, regions: RegionDirectory): TableKind | null {
  if (isSupportedModelsTable(table)) return 'supported-models';
  if (isGlobalTrainingRegionsTable(table)) return 'global-training-regions';
  if (isOverviewTable(table)) return 'overview';
  if (isDeploymentRegionsTable(table, regions)) return 'deployment-regions';
  return null;
}

const FACT_ALERTS = new Set(['NOTE', 'IMPORTANT', 'WARNING', 'CAUTION']);

function alertNotes(body: string): string[] {
  const notes: string[] = [];
  for (const section of readSections(body)) {
    if (section.alert === null || !FACT_ALERTS.has(section.alert)) continue;
    const text = plainText(section.items.map((i) => i.text).join(' '));
    if (text !== '' && !notes.includes(text)) notes.push(text);
  }
  return notes;
}

const paragraphs = (body: string): string[] => readSections(body).flatMap((s) => s.items.filter((i) => i.type === 'paragraph').map((i) => squash(i.text)));

/**
 * What a document is, without reading its facts: one of the 2026 kinds, or 'model-table' for anything else
 * (an older layout, or a document the one-document importer will refuse with its own reason).
 */
export function documentKind(text: string, regions: RegionDirectory): TableKind | 'how-to' | 'model-table' {
  let front: FrontMatter;
  try {
    front = readFrontMatter(String(text));
  } catch {
    return 'model-table';
  }
  const tables = readPipeTables(front.body);
  const kinds = new Set(tables.map((t) => tableKind(t, regions)).filter((k): k is TableKind => k !== null));
  if (kinds.size === 1) return [...kinds][0] as TableKind;
  if (kinds.size > 1) return 'supported-models'; // readDocument refuses it, naming the kinds
  const topic = frontMatterFields(text)['ms.topic'];
  return tables.length === 0 && typeof topic === 'string' && topic.trim().toLowerCase() === 'how-to' ? 'how-to' : 'model-table';
}

export function readDocument(text: string, ctx: ReadContext): ReadDocument {
  const front = readFrontMatter(String(text));
  const tables = readPipeTables(front.body);
  const kinds = new Map<TableKind, PipeTable[]>();
  for (const t of tables) {
    const kind = tableKind(t, ctx.regions);
    if (kind !== null) kinds.set(kind, [...(kinds.get(kind) ?? []), t]);
  }
  if (kinds.size > 1) {
    const found = [...kinds.keys()].map((k) => DESCRIBE[k]).join(' and ');
    throw new ImportError('mixed-document', `the document holds ${found}; the importer reads one kind per document (give each include separately)`);
  }
  const [entry] = [...kinds.entries()];
  const notes = alertNotes(front.body);
  if (entry === undefined) {
    const topic = frontMatterFields(text)['ms.topic'];
    if (tables.length === 0 && typeof topic === 'string' && topic.trim().toLowerCase() === 'how-to') return { kind: 'how-to', front, notes };
    const catalog = importDocument(text, {
      regions: ctx.regions,
      tiersText: ctx.tiersText,
      tiersFile: ctx.tiersFile,
      url: ctx.url,
      file: ctx.file,
      ...(ctx.onWarning ? { onWarning: ctx.onWarning } : {}),
    });
    return { kind: 'model-table', front, notes: catalog.notes, catalog };
  }
  const [kind, found] = entry;
  const table = found[0] as PipeTable;
  const only = (what: string): void => {
    if (found.length > 1) throw new ImportError('mixed-document', `the document holds ${found.length} ${what} tables; the importer reads one`);
  };
  switch (kind) {
    case 'supported-models':
      only('supported-models');
      return { kind, front, notes, table: readSupportedModels(front.body, table) };
    case 'global-training-regions':
      only('Global training regions');
      return { kind, front, notes, rows: readGlobalTrainingRegions(front.body, table, ctx.regions) };
    case 'deployment-regions': {
      only('deployment region');
      const description = frontMatterFields(text)['description'];
      const type = deploymentTypeOf(front.title, typeof description === 'string' ? description : '', paragraphs(front.body));
      return { kind, front, notes, table: readDeploymentRegions(table, type, ctx.regions) };
    }
    case 'overview':
      return { kind, front, notes, overview: readOverview(front.body) };
  }
}
