// Every name the understander knows, folded into keys, built once per understander:
// catalog models, other real models (data/known-models.json), the 60 Azure regions, countries and areas.
import type { RegionDirectory } from '../regions';
import type { Entity, ModelEntity, PlaceEntity } from './entities';
import { createFuzzyResolver, type FuzzyResolver } from './fuzzy';
import { foldText, nameKey, tokenise } from './normalise';

export interface OtherCloud {
  cloud: string;
  aliases?: readonly string[];
  regions: readonly { name: string; displayName: string }[];
}

export interface LexiconData {
  models: readonly { id: string; version: string | null }[];
  otherModels: readonly { id: string; aliases?: readonly string[] }[];
  /** Old names of catalog models (the catalog's `renamedFrom`): each names the model it became. */
  renames?: readonly { readonly from: string; readonly to: string }[];
  regions: RegionDirectory;
  /** data/other-clouds.json: sovereign clouds' regions, which the documents do not cover. */
  otherClouds?: readonly OtherCloud[];
  /**
   * Other languages' names of Azure geographies ("Frankreich", "Japón"), by the geography's name in the
   * region data. Matched as written only: a typo of a foreign name is not guessed at.
   */
  placeNames?: Readonly<Record<string, readonly string[]>>;
}

/** The English names a geography of the region data also goes by (to look it up elsewhere). */
export function geographyNames(geography: string): string[] {
  return [geography, ...(GEOGRAPHY_ALIASES[geography] ?? [])];
}

export interface Lexicon {
  /** Normalised key -> what it names. */
  readonly exact: ReadonlyMap<string, Entity>;
  /** The most tokens any alias spans. */
  readonly maxSpanTokens: number;
  readonly maxKeyLength: number;
  /** The United States geography, for the word "us" when it means the country. */
  readonly unitedStates: PlaceEntity | null;
  readonly fuzzy: FuzzyResolver;
  /** The catalog's model ids, in table order: what an unknown model name may be asked about instead. */
  readonly catalogModels: readonly string[];
  /**
   * The leading letters of every model name the lexicon knows ("gpt", "o", "qwen", "phi"): a word that
   * starts with one and carries a number is shaped like a model name, known or not.
   */
  readonly modelFamilies: ReadonlySet<string>;
  /** Keys of 5+ characters that name a region, longest first (to spot "eastus2euap"), made once. */
  readonly regionKeys: readonly { key: string; name: string }[];
  /** Region order for candidates: the directory's. */
  readonly regionOrder: ReadonlyMap<string, number>;
  /** Catalog model ids by the versions the table gives them ("2024-08-06" -> gpt-4o), for a version said alone. */
  readonly modelsByVersion: ReadonlyMap<string, readonly string[]>;
}

// Lower number wins when two kinds of thing claim one key.
const enum Rank {
  Catalog = 0,
  Region = 1,
  Other = 2,
  OtherDerived = 3,
  Place = 4,
  /** Below every public name: "China" names Azure China only when no public geography is called that. */
  Outside = 5,
}

/** Extra names for Azure geographies (keyed by the data's geography name). */
const GEOGRAPHY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['usa', 'united states of america', 'america'],
  'United Kingdom': ['uk', 'britain', 'great britain', 'england'],
  Korea: ['south korea'],
  UAE: ['united arab emirates', 'emirates'],
  Switzerland: ['swiss'],
};

/** Extra names for continent-level groups (keyed by the data's geographyGroup). */
const GROUP_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Asia Pacific': ['asia', 'apac'],
  Europe: ['eu'],
  'Middle East': ['mideast'],
};

/** First segments too generic to stand for a model on their own ("gpt", "text"). */
const GENERIC_SEGMENTS = new Set(['gpt', 'text', 'chat', 'model', 'open']);

export function buildLexicon(data: LexiconData): Lexicon {
  const exact = new Map<string, Entity>();
  const rank = new Map<string, Rank>();
  let maxSpanTokens = 1;
  let maxKeyLength = 1;

  const exactOnly = new Set<string>();
  const add = (written: string, entity: Entity, r: Rank): void => {
    const alias = foldText(written);
    const key = nameKey(alias);
    if (key.length === 0) return;
    const span = tokenise(alias).length;
    const had = exact.get(key);
    const hadRank = rank.get(key);
    if (had === undefined || hadRank === undefined || r < hadRank) {
      exact.set(key, entity);
      rank.set(key, r);
    } else if (r === hadRank) {
      const merged = merge(had, entity);
      if (merged === null) return;
      exact.set(key, merged);
    } else {
      return;
    }
    if (span > maxSpanTokens) maxSpanTokens = span;
    if (key.length > maxKeyLength) maxKeyLength = key.length;
  };

  // --- models -------------------------------------------------------------------------------------------
  const catalogIds: string[] = [];
  const catalogByKey = new Map<string, ModelEntity>();
  for (const m of data.models) {
    if (typeof m?.id !== 'string' || m.id.trim() === '') continue;
    const key = nameKey(m.id);
    if (key === '' || catalogByKey.has(key)) continue;
    catalogIds.push(m.id);
    catalogByKey.set(key, { kind: 'model', id: m.id, source: 'catalog' });
  }
  const others: { entity: ModelEntity; aliases: readonly string[] }[] = [];
  const seenOther = new Set<string>();
  for (const o of data.otherModels) {
    if (typeof o?.id !== 'string' || o.id.trim() === '') continue;
    const key = nameKey(o.id);
    if (key === '' || seenOther.has(key)) continue;
    seenOther.add(key);
    // A model the catalog lists always wins: the list's aliases then name the catalog model.
    const entity = catalogByKey.get(key) ?? { kind: 'model', id: o.id, source: 'other' };
    others.push({ entity, aliases: Array.isArray(o.aliases) ? o.aliases.filter((a) => typeof a === 'string') : [] });
  }

  const allIds = [...catalogIds, ...others.map((o) => o.entity.id)];
  const firstSegmentCount = new Map<string, number>();
  for (const id of new Set(allIds.map((i) => i.toLowerCase()))) {
    const seg = firstSegment(id);
    if (seg !== null) firstSegmentCount.set(seg, (firstSegmentCount.get(seg) ?? 0) + 1);
  }
  const modelKeys = (id: string): string[] => {
    const keys = [id];
    const rest = /^gpt-(\d.*)$/i.exec(id)?.[1];
    if (rest !== undefined && !/^\d+$/.test(rest)) keys.push(rest);
    for (const k of [...keys]) {
      const dotless = k.replace(/\./g, '');
      if (dotless !== k && !/^[\d\s-]+$/.test(dotless)) keys.push(dotless);
    }
    const seg = firstSegment(id);
    if (seg !== null && firstSegmentCount.get(seg) === 1) keys.push(seg);
    return keys;
  };

  for (const id of catalogIds) {
    const entity = catalogByKey.get(nameKey(id)) as ModelEntity;
    for (const k of modelKeys(id)) add(k, entity, Rank.Catalog);
  }
  // Partial names of catalog models: "mini" fits gpt-4o-mini, gpt-4.1-mini and o4-mini.
  const partial = new Map<string, string[]>();
  for (const id of catalogIds) {
    const last = id.toLowerCase().split('-').pop() ?? '';
    if (/^[a-z]{3,}$/.test(last) && last !== id.toLowerCase()) partial.set(last, [...(partial.get(last) ?? []), id]);
  }
  for (const [word, ids] of partial) {
    if (exact.has(nameKey(word))) continue;
    const entity: Entity =
      ids.length === 1 ? (catalogByKey.get(nameKey(ids[0] as string)) as ModelEntity) : { kind: 'ambiguous', of: 'model', candidates: ids };
    add(word, entity, Rank.Catalog);
    // "gpt mini" is the same question as "mini", not a typo of gpt-5-mini.
    if (!exact.has(nameKey(`gpt ${word}`))) add(`gpt ${word}`, entity, Rank.Catalog);
  }
  // An old name resolves to the model it became, and says so (the answer tells the person it was renamed).
  for (const rename of data.renames ?? []) {
    const to = catalogByKey.get(nameKey(rename.to));
    if (to === undefined || catalogByKey.has(nameKey(rename.from))) continue;
    add(rename.from, { ...to, renamedFrom: rename.from }, Rank.Catalog);
  }
  for (const o of others) {
    const r = o.entity.source === 'catalog' ? Rank.Catalog : Rank.Other;
    add(o.entity.id, o.entity, r);
    for (const a of o.aliases) add(a, o.entity, r);
    for (const k of modelKeys(o.entity.id)) add(k, o.entity, o.entity.source === 'catalog' ? Rank.Catalog : Rank.OtherDerived);
  }

  // --- regions --------------------------------------------------------------------------------------------
  for (const region of data.regions.all) {
    const entity: Entity = { kind: 'region', name: region.name };
    add(region.name, entity, Rank.Region);
    add(region.displayName, entity, Rank.Region);
    // "US East 2" for "East US 2".
    const us = /^(.+) US( \d+)?$/.exec(region.displayName);
    if (us) add(`US ${us[1]}${us[2] ?? ''}`, entity, Rank.Region);
  }

  // --- other clouds (Azure Government, Azure China) ---------------------------------------------------------
  for (const c of data.otherClouds ?? []) {
    if (typeof c?.cloud !== 'string') continue;
    for (const a of [c.cloud, ...(c.aliases ?? [])]) add(a, { kind: 'outside', cloud: c.cloud, region: null }, Rank.Outside);
    for (const r of c.regions ?? []) {
      const entity: Entity = { kind: 'outside', cloud: c.cloud, region: r.displayName };
      add(r.name, entity, Rank.Outside);
      add(r.displayName, entity, Rank.Outside);
    }
  }

  // --- countries and areas ------------------------------------------------------------------------------------
  const geographies = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  for (const r of data.regions.all) {
    geographies.set(r.geography, [...(geographies.get(r.geography) ?? []), r.name]);
    groups.set(r.geographyGroup, [...(groups.get(r.geographyGroup) ?? []), r.name]);
  }
  const groupWins = new Set<string>();
  for (const [name, regions] of groups) {
    const geo = geographies.get(name);
    // Canada or Mexico: the group is just the country. Europe, Asia Pacific: the group is the wider area.
    if (geo !== undefined && sameMembers(geo, regions)) continue;
    if (geographies.has(name)) groupWins.add(name);
    const place: PlaceEntity = { kind: 'place', placeKind: 'group', name, regions };
    if (nameKey(name) !== 'us') add(name, place, Rank.Place);
    for (const a of GROUP_ALIASES[name] ?? []) add(a, place, Rank.Place);
  }
  let unitedStates: PlaceEntity | null = null;
  for (const [name, regions] of geographies) {
    if (groupWins.has(name)) continue;
    const place: PlaceEntity = { kind: 'place', placeKind: 'geography', name, regions };
    if (name === 'United States') unitedStates = place;
    if (nameKey(name) !== 'us') add(name, place, Rank.Place);
    for (const a of GEOGRAPHY_ALIASES[name] ?? []) add(a, place, Rank.Place);
    for (const a of data.placeNames?.[name] ?? []) {
      const key = nameKey(foldText(a));
      if (exact.has(key)) continue;
      add(a, place, Rank.Place);
      exactOnly.add(key);
    }
  }

  const modelFamilies = new Set<string>();
  for (const id of allIds) {
    const family = /^[a-z]+/.exec(id.toLowerCase())?.[0];
    if (family !== undefined) modelFamilies.add(family);
  }
  return {
    exact,
    maxSpanTokens: Math.min(maxSpanTokens, 8),
    maxKeyLength,
    unitedStates,
    fuzzy: createFuzzyResolver(new Map([...exact].filter(([k]) => !exactOnly.has(k))), maxKeyLength),
    catalogModels: catalogIds,
    modelFamilies,
    regionKeys: [...exact]
      .flatMap(([key, e]) => (e.kind === 'region' && key.length >= 5 ? [{ key, name: e.name }] : []))
      .sort((a, b) => b.key.length - a.key.length),
    regionOrder: new Map(data.regions.all.map((r, i) => [r.name, i])),
    modelsByVersion: versionsOf(data.models),
  };
}

function versionsOf(models: LexiconData['models']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of models) {
    if (typeof m?.id !== 'string' || typeof m.version !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(m.version)) continue;
    const ids = out.get(m.version) ?? [];
    if (!ids.includes(m.id)) ids.push(m.id);
    out.set(m.version, ids);
  }
  return out;
}

function firstSegment(id: string): string | null {
  const seg = id.toLowerCase().split('-')[0] ?? '';
  return /^[a-z]{4,}$/.test(seg) && !GENERIC_SEGMENTS.has(seg) && seg !== id.toLowerCase() ? seg : null;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Two things of one rank claim a key: models (or regions) become a question; otherwise the first stays. */
function merge(a: Entity, b: Entity): Entity | null {
  const ids = (e: Entity): { of: 'model' | 'region'; ids: readonly string[] } | null =>
    e.kind === 'model'
      ? { of: 'model', ids: [e.id] }
      : e.kind === 'region'
        ? { of: 'region', ids: [e.name] }
        : e.kind === 'ambiguous'
          ? { of: e.of, ids: e.candidates }
          : null;
  const x = ids(a);
  const y = ids(b);
  if (x === null || y === null || x.of !== y.of) return null;
  const candidates = [...x.ids];
  for (const id of y.ids) if (!candidates.includes(id)) candidates.push(id);
  if (candidates.length === x.ids.length) return null;
  return { kind: 'ambiguous', of: x.of, candidates };
}
