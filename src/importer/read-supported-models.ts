// The supported-models table of 10/2026 (articles/foundry/includes/fine-tune-supported-models.md):
//
// | Model ID | Approach | Training types | Deployment options |
// | `gpt-4o`<br>(2024-08-06) | Managed: ✅ (SFT, DPO)<br>Interactive: ❌ | Standard: ✅<br>Data zone: ✅<br>Global: ✅<br>Developer: ✅ | Serverless: ✅<sup>5</sup><br>Managed compute: ❌<br>Fireworks: ❌ |
// | `MedImageInsight-Premium`<br>(preview) | Managed: ✅ (SFT)<br>Interactive: ❌ | Global | ... |
//
// Columns are found by header name. A column the importer does not know stops it (unlike the older layouts,
// whose extra columns it skips): here a new column may restrict the others, and a skipped restriction would
// make a wrong catalog. A column left out makes its facts unstated.
import { strictColumns } from './table-columns';
import type { DeploymentOption, TierId } from '../core';
import { parseModelCell } from './cells';
import { ImportError } from './errors';
import { readFootnotes } from './footnotes';
import { readCellLines, readFlagWithDetail, type CellLine } from './keyed-cells';
import { readLegend, readServerlessDefaults, type Legend } from './legend';
import { readSections } from './markdown-blocks';
import type { PipeTable } from './markdown-table';
import { plainText, squash, takeSupMarks } from './markdown-text';
import { slug, splitList } from './names';
import { tierIdOfLabel } from './tier-facts';

type Column = 'model' | 'approach' | 'trainingTypes' | 'deployment';

const HEADERS: Record<string, Column> = {
  'model id': 'model',
  model: 'model',
  models: 'model',
  approach: 'approach',
  'training approach': 'approach',
  'training types': 'trainingTypes',
  'training type': 'trainingTypes',
  'deployment options': 'deployment',
  'deployment option': 'deployment',
};

const header = (h: string): Column | undefined => HEADERS[plainText(h).toLowerCase()];

/** The table's header says it is the supported-models layout: a model column and one of the three 2026 columns. */
export function isSupportedModelsTable(table: PipeTable): boolean {
  const kinds = new Set(table.header.map(header));
  return kinds.has('model') && (kinds.has('approach') || kinds.has('trainingTypes') || kinds.has('deployment'));
}

export interface SupportedModelRow {
  readonly id: string;
  readonly version: string | null;
  readonly preview: boolean;
  /** "Managed: ✅ / ❌"; null when the cell has no Managed line (or there is no Approach column). */
  readonly managed: boolean | null;
  /** "(SFT, DPO)" after Managed ✅; [] for Managed ❌; null when unstated. */
  readonly methods: string[] | null;
  readonly interactive: boolean | null;
  /** One entry per training type the cell states; a bare-word cell ("Global") states all four. */
  readonly trainingTypes: Partial<Record<TierId, boolean>>;
  /** One entry per deployment option the cell states, by id ("serverless"). */
  readonly deployment: Record<string, DeploymentOption>;
  /** Invitation-only legends attached to the row, as written (their methods are resolved with the overview). */
  readonly invitations: string[];
  /** Every legend text attached to the row, in order. */
  readonly footnotes: string[];
}

export interface SupportedModels {
  readonly rows: SupportedModelRow[];
  /** The columns the table has: facts of a missing column are unstated. */
  readonly columns: ReadonlySet<Column>;
  readonly serverlessDeploymentTypes: string[] | null;
}

interface RowContext {
  readonly label: string;
  readonly legend: (mark: string, where: string) => Legend;
  readonly legends: Legend[];
}

function noBareWords(lines: CellLine[], column: string, ctx: RowContext): void {
  const bare = lines.find((l) => l.key === null);
  if (bare) throw new ImportError('bad-cell', `cannot read "${bare.value}" without a "Key:" in the "${column}" cell of ${ctx.label}`);
}

/** Legends on a line that are not about deployment types (access, preview); a deployment legend here is misplaced. */
function lineLegends(line: CellLine, where: string, ctx: RowContext, allowDeployment: boolean): Legend[] {
  return line.marks.map((mark) => {
    const legend = ctx.legend(mark, where);
    if (!allowDeployment && (legend.kind === 'only-deployment-types' || legend.kind === 'excluded-deployment-types')) {
      throw new ImportError('bad-legend', `legend ${mark} is about deployment types but marks ${where}`);
    }
    ctx.legends.push(legend);
    return legend;
  });
}

function readApproach(cell: string, ctx: RowContext): Pick<SupportedModelRow, 'managed' | 'methods' | 'interactive'> {
  const lines = readCellLines(cell);
  noBareWords(lines, 'Approach', ctx);
  let managed: boolean | null = null;
  let methods: string[] | null = null;
  let interactive: boolean | null = null;
  for (const line of lines) {
    const key = slug(line.key as string);
    const where = `the "${line.key}" line of ${ctx.label}`;
    lineLegends(line, where, ctx, false);
    const { flag, detail } = readFlagWithDetail(line.value, where);
    if (key === 'managed' || key === 'managed-fine-tuning') {
      if (managed !== null) throw new ImportError('bad-cell', `${ctx.label} has two Managed lines`);
      managed = flag;
      methods = flag ? (detail === null ? null : splitList(detail).map((m) => m.toUpperCase())) : [];
    } else if (key === 'interactive' || key === 'interactive-training') {
      if (interactive !== null) throw new ImportError('bad-cell', `${ctx.label} has two Interactive lines`);
      if (detail !== null) throw new ImportError('bad-cell', `cannot read "(${detail})" after Interactive in ${where}`);
      interactive = flag;
    } else {
      throw new ImportError('bad-cell', `unknown approach "${line.key}" in the "Approach" cell of ${ctx.label}`);
    }
  }
  return { managed, methods, interactive };
}

const ALL_TIERS: readonly TierId[] = ['standard', 'datazone', 'global', 'developer'];

function tierOf(label: string, ctx: RowContext): TierId {
  const tier = tierIdOfLabel(label);
  if (!tier) throw new ImportError('bad-cell', `unknown training type "${label}" in the "Training types" cell of ${ctx.label}`);
  return tier;
}

function readTrainingTypes(cell: string, ctx: RowContext): Partial<Record<TierId, boolean>> {
  const lines = readCellLines(cell);
  const out: Partial<Record<TierId, boolean>> = {};
  if (lines.length > 0 && lines.every((l) => l.key === null)) {
    // Bare words ("Global"): the cell names the training types the model has, so the others it does not.
    for (const t of ALL_TIERS) out[t] = false;
    for (const line of lines) {
      lineLegends(line, `the "Training types" cell of ${ctx.label}`, ctx, false);
      for (const word of splitList(line.value)) out[tierOf(word, ctx)] = true;
    }
    return out;
  }
  noBareWords(lines, 'Training types', ctx);
  for (const line of lines) {
    const tier = tierOf(line.key as string, ctx);
    const where = `the "${line.key}" line of ${ctx.label}`;
    if (out[tier] !== undefined) throw new ImportError('bad-cell', `${ctx.label} states the "${line.key}" training type twice`);
    lineLegends(line, where, ctx, false);
    const { flag, detail } = readFlagWithDetail(line.value, where);
    if (detail !== null) throw new ImportError('bad-cell', `cannot read "(${detail})" in ${where}`);
    out[tier] = flag;
  }
  return out;
}

function readDeployment(cell: string, ctx: RowContext): Record<string, DeploymentOption> {
  const lines = readCellLines(cell);
  noBareWords(lines, 'Deployment options', ctx);
  const out: Record<string, DeploymentOption> = {};
  for (const line of lines) {
    const id = slug(line.key as string);
    const where = `the "${line.key}" line of ${ctx.label}`;
    if (id === '') throw new ImportError('bad-cell', `cannot read the deployment option "${line.key}" of ${ctx.label}`);
    if (out[id] !== undefined) throw new ImportError('bad-cell', `${ctx.label} states the "${line.key}" deployment option twice`);
    const legends = lineLegends(line, where, ctx, true);
    const { flag, detail } = readFlagWithDetail(line.value, where);
    if (detail !== null) throw new ImportError('bad-cell', `cannot read "(${detail})" in ${where}`);
    let only: string[] | null = null;
    const excluded: string[] = [];
    for (const l of legends) {
      if (l.kind === 'only-deployment-types') only = only === null ? [...l.types] : only.filter((t) => l.types.includes(t));
      else if (l.kind === 'excluded-deployment-types') excluded.push(...l.types.filter((t) => !excluded.includes(t)));
    }
    out[id] = { available: flag, only, excluded, legends: legends.map((l) => l.text) };
  }
  return out;
}

/** Reads the supported-models table of a document body (the table found by isSupportedModelsTable). */
export function readSupportedModels(body: string, table: PipeTable): SupportedModels {
  const columns = strictColumns(table, header, 'supported-models');
  const footnotes = readFootnotes(body);
  const rows: SupportedModelRow[] = [];
  for (const row of table.rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const cell = (c: Column): string | undefined => {
      const i = columns.get(c);
      return i === undefined ? undefined : (row[i] ?? '');
    };
    const modelCell = takeSupMarks(cell('model') ?? '');
    const { id, version, preview: markedPreview } = parseModelCell(modelCell.text);
    const label = version === null ? id : `${id} (${version})`;
    const legends: Legend[] = [];
    const ctx: RowContext = {
      label,
      legends,
      legend: (mark, where) => {
        const text = footnotes.get(mark);
        if (text === undefined) throw new ImportError('unknown-footnote', `${where} has legend mark ${mark} but the legend has no ${mark}`);
        return readLegend(text, mark, where);
      },
    };
    lineLegends({ key: null, value: '', marks: modelCell.marks }, `the model cell of ${label}`, ctx, false);
    const approach = cell('approach');
    const types = cell('trainingTypes');
    const deployment = cell('deployment');
    const read: SupportedModelRow = {
      id,
      version,
      ...(approach === undefined ? { managed: null, methods: null, interactive: null } : readApproach(approach, ctx)),
      trainingTypes: types === undefined ? {} : readTrainingTypes(types, ctx),
      deployment: deployment === undefined ? {} : readDeployment(deployment, ctx),
      preview: false,
      invitations: [],
      footnotes: [],
    };
    if (rows.some((r) => r.id === id && r.version === version)) {
      throw new ImportError('duplicate-model', `the supported-models table lists ${label} twice`);
    }
    const texts = [...new Set(legends.map((l) => l.text))];
    rows.push({
      ...read,
      preview: markedPreview || legends.some((l) => l.kind === 'preview'),
      invitations: [...new Set(legends.filter((l) => l.kind === 'invitation-only').map((l) => l.text))],
      footnotes: texts,
    });
  }
  if (rows.length === 0) throw new ImportError('no-models', 'the supported-models table has no model rows');
  const paragraphs = readSections(body).flatMap((s) => s.items.filter((i) => i.type === 'paragraph').map((i) => squash(i.text)));
  return { rows, columns: new Set(columns.keys()), serverlessDeploymentTypes: readServerlessDefaults(paragraphs) };
}
