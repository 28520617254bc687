// A schemaVersion 1 catalog seen as stated facts: one source (its document), every fact current. So the
// accessors of stated-facts.ts answer the same way whichever version the shipped catalog is, and a reader
// written for version 2 reads today's data/catalog.json. Only what the one document states: what version 1
// has no field for (interactive training, deployment, managed fine-tuning) stays unstated.
import type { CatalogV1, Model } from './schema-v1';
import { saysInvitationOnly, type Fact, type GlobalTrainingRegion, type Provenance, type Source, type StatedModelFacts } from './schema-v2';

export interface StatedView {
  readonly sources: readonly Source[];
  readonly models: readonly { readonly id: string; readonly version: string | null; readonly facts: StatedModelFacts }[];
  readonly globalTrainingRegions: Fact<GlobalTrainingRegion[]> | null;
}

export function statedViewOfV1(data: CatalogV1): StatedView {
  const from: Provenance = { doc: 0, date: data.source.date, stated: 'current' };
  const sources: Source[] = [
    {
      kind: 'model-table',
      title: data.source.title,
      date: data.source.date,
      dateRaw: data.source.dateRaw,
      file: data.source.file,
      url: data.source.url,
      deploymentType: null,
    },
  ];
  const stated = <T>(value: T): Fact<T> => ({ value, from });
  const has = (tier: string): boolean => (data.tiers as readonly string[]).includes(tier);
  const models = data.models.map((m: Model) => ({
    id: m.id,
    version: m.version,
    facts: {
      listedIn: from,
      renamedFrom: [],
      preview: stated({ preview: m.preview, status: m.status }),
      managed: null,
      methods: m.methods === null ? null : stated(m.methods),
      interactive: null,
      trainingTypes: {
        standard: m.standardRegions.length > 0 ? stated(true) : m.standardNote !== null ? stated(false) : null,
        datazone: has('datazone') ? stated(m.dataZone !== null) : null,
        global: m.global === null ? null : stated(m.global),
        developer: m.developer === null ? null : stated(m.developer),
      },
      standardRegions: stated({ regions: m.standardRegions, note: m.standardNote }),
      dataZone: m.dataZone === null ? null : stated(m.dataZone),
      deployment: {},
      deploymentRegions: {},
      access: stated(m.footnotes.filter(saysInvitationOnly).map((text) => ({ kind: 'invitation-only' as const, methods: null, text }))),
      limits: m.limits === null ? null : stated(m.limits),
      trainingData: m.trainingData === null ? null : stated(m.trainingData),
      modality: m.modality === null || m.vision === null ? null : stated({ modality: m.modality, vision: m.vision }),
      footnotes: stated(m.footnotes),
    } satisfies StatedModelFacts,
  }));
  const g = data.globalRegions;
  const globalTrainingRegions = g.stated
    ? stated(
        g.regions.map((r) => ({
          region: r.region,
          name: r.name,
          managed: true,
          interactive: null,
          managedExcluded: r.exceptions.flatMap((x) => (x.kind === 'no-model' ? [x.model] : [])),
          managedOnly: null,
          interactiveExcluded: [],
          interactiveOnly: null,
          noVision: r.exceptions.some((x) => x.kind === 'no-vision'),
          footnotes: r.exceptions.map((x) => x.text),
        })),
      )
    : null;
  return { sources, models, globalTrainingRegions };
}
