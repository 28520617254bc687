// Where and how a fine-tuned model can be deployed: the deployment options of the model table (with their
// legends) and the Standard and Provisioned Throughput deployment region tables. Training regions are never
// used here: they are a different question (DESIGN.md).
import type { CatalogService } from '../catalog/catalog';
import { catalogModelIds, type Question } from '../question';
import type { MakeBase } from './answer';
import { place } from './facts';
import { newestOf } from './sources';
import type { Answer, DeploymentOptionFacts, ModelDeployment, Verdict } from './types';
import { joinAnd } from './words';

/** A deployment type's or option's name as the overview writes it; the slug when it gives none. */
function label(catalog: CatalogService, kind: 'deploymentTypes' | 'deploymentOptions', id: string): string {
  return catalog.stated.meaning(kind, id)?.value.name ?? id;
}

/** The deployment types that have a region table: the regional ones. */
function regionalTypes(catalog: CatalogService): string[] {
  return catalog.stated.sources.filter((s) => s.kind === 'deployment-regions' && s.deploymentType !== null).map((s) => s.deploymentType as string);
}

function deploymentOf(catalog: CatalogService, id: string): ModelDeployment | null {
  const m = catalog.stated.model(id);
  if (!m || (Object.keys(m.deployment).length === 0 && Object.keys(m.deploymentRegions).length === 0)) return null;
  const options: DeploymentOptionFacts[] = Object.entries(m.deployment).map(([option, f]) => {
    const types = catalog.stated.deploymentTypes(id, option);
    return {
      id: option,
      label: label(catalog, 'deploymentOptions', option),
      available: f.value.available,
      types: types?.types ? types.types.map((t) => label(catalog, 'deploymentTypes', t)) : null,
      legends: f.value.legends,
    };
  });
  const regions = regionalTypes(catalog).map((type) => ({
    type,
    label: label(catalog, 'deploymentTypes', type),
    places: (catalog.stated.deploymentRegions(id, type)?.value ?? []).map((r) => place(catalog, r)),
  }));
  return { model: id, options, regions };
}

/** The serverless deployment types the model offers (slugs), legends applied; null when unstated. */
function serverlessTypes(catalog: CatalogService, id: string): readonly string[] | null {
  const t = catalog.stated.deploymentTypes(id, 'serverless');
  return t === null ? null : t.available ? t.types : [];
}

interface Decision {
  verdict: Verdict;
  headline: string;
  reason: string;
}

function decide(catalog: CatalogService, q: Question, d: ModelDeployment, region: string): Decision {
  const name = catalog.regions.displayName(region);
  const type = q.deployment?.type ?? null;
  const regional = regionalTypes(catalog);
  const offered = serverlessTypes(catalog, d.model);
  const typeName = type ? label(catalog, 'deploymentTypes', type) : null;
  if (type !== null && regional.includes(type)) {
    const table = d.regions.find((r) => r.type === type)!;
    if (offered !== null && !offered.includes(type)) {
      return {
        verdict: 'no',
        headline: `No, a fine-tuned ${d.model} can't be deployed with ${typeName}`,
        reason: `Serverless deployment types for ${d.model}: ${offered.length ? joinAnd(offered.map((t) => label(catalog, 'deploymentTypes', t))) : 'none'}.`,
      };
    }
    return table.places.some((p) => p.region === region)
      ? {
          verdict: 'yes',
          headline: `Yes, with ${typeName} in ${name}`,
          reason: `${name} is one of the ${typeName} deployment regions for a fine-tuned ${d.model}.`,
        }
      : {
          verdict: 'no',
          headline: `No, a fine-tuned ${d.model} can't be deployed with ${typeName} in ${name}`,
          reason: table.places.length
            ? `${typeName} deployment regions for ${d.model}: ${joinAnd(table.places.map((p) => p.name))}.`
            : `The ${typeName} deployment table does not list ${d.model}.`,
        };
  }
  if (type !== null) {
    // Global Standard, Data Zone Standard, Developer: no document lists regions for them.
    if (offered !== null && !offered.includes(type)) {
      return { verdict: 'no', headline: `No, a fine-tuned ${d.model} can't be deployed with ${typeName}`, reason: legendsLine(d) };
    }
    const zones = catalog.stated.dataZones('deployment');
    if (type === 'data-zone-standard' && zones && !zones.value.some((z) => geographyIs(catalog, region, z))) {
      return {
        verdict: 'no',
        headline: `No, Data Zone Standard is only in the ${joinAnd(zones.value)} data zone`,
        reason: `Only the ${joinAnd(zones.value)} data zone is supported (overview of ${zones.from.date}).`,
      };
    }
    return {
      verdict: 'unknown',
      headline: `Not stated: the documents list no regions for ${typeName} deployments`,
      reason: `${d.model} offers ${typeName}${offered === null ? ' (not stated)' : ''}; no document says in which regions.`,
    };
  }
  const here = d.regions.filter((r) => r.places.some((p) => p.region === region) && (offered === null || offered.includes(r.type)));
  if (here.length) {
    return {
      verdict: 'yes',
      headline: `Yes, with ${joinAnd(
        here.map((r) => r.label),
        'or',
      )} in ${name}`,
      reason: `${name} is a ${joinAnd(here.map((r) => r.label))} deployment region for a fine-tuned ${d.model}.`,
    };
  }
  const elsewhere = (offered ?? []).filter((t) => !regional.includes(t));
  if (elsewhere.length) {
    return {
      verdict: 'unknown',
      headline: `Not with ${joinAnd(
        d.regions.map((r) => r.label),
        'or',
      )} in ${name}; other types aren't listed by region`,
      reason: `A fine-tuned ${d.model} can also be deployed with ${joinAnd(elsewhere.map((t) => label(catalog, 'deploymentTypes', t)))}, for which no document lists regions.`,
    };
  }
  return { verdict: 'no', headline: `No, a fine-tuned ${d.model} can't be deployed in ${name}`, reason: legendsLine(d) };
}

function geographyIs(catalog: CatalogService, region: string, zone: string): boolean {
  const g = catalog.regions.get(region)?.geography ?? '';
  return g.toLowerCase() === zone.toLowerCase() || (zone === 'US' && g === 'United States');
}

function legendsLine(d: ModelDeployment): string {
  const lines = d.options.map((o) => `${o.label}: ${o.available ? (o.types ? joinAnd(o.types) : 'yes') : 'no'}`);
  return `Deployment options for ${d.model}: ${lines.join('; ')}.`;
}

export function deployAnswer(q: Question, catalog: CatalogService, makeBase: MakeBase): Answer {
  const asked = catalogModelIds(q);
  const named = asked.length ? asked : catalog.modelIds;
  const deployments = named.map((id) => deploymentOf(catalog, id)).filter((d): d is ModelDeployment => d !== null);
  const type = q.deployment?.type ?? null;
  const regional = regionalTypes(catalog);
  const typeName = type ? label(catalog, 'deploymentTypes', type) : null;
  const froms = [
    ...deployments.flatMap((d) => regional.map((t) => catalog.stated.deploymentRegions(d.model, t)?.from)),
    ...named.map((id) => catalog.stated.model(id)?.listedIn),
    newestOf(catalog, 'overview'),
  ];
  const b = makeBase({ froms });
  const shown = b.models.length ? deployments : deployments.filter((d) => d.regions.some((r) => r.places.length > 0 && (type === null || r.type === type)));
  // The regions where the named (or, unnamed, any regional) deployment type is available.
  const matches = [
    ...new Set(
      shown.flatMap((d) =>
        d.regions
          .filter((r) => (type === null ? true : r.type === type) && (serverlessTypes(catalog, d.model) ?? [r.type]).includes(r.type))
          .flatMap((r) => r.places.map((p) => p.region)),
      ),
    ),
  ];
  const where = joinAnd(q.regions.map((r) => catalog.regions.displayName(r)));
  const what = b.models.length ? `a fine-tuned ${joinAnd(b.models)}` : 'fine-tuned models';
  const subject = `Deploying ${what}${typeName ? ` with ${typeName}` : ''}${where ? ` in ${where}` : ''}`;
  const common = { ...b, deployments: shown, subject };
  if (deployments.length === 0) {
    return {
      kind: 'deploy',
      ...common,
      verdict: 'unknown',
      headline: `Not stated: the documents don't say how ${what} can be deployed`,
      reason: 'No deployment facts for it in the documents.',
      matches: [],
    };
  }
  if (q.regions.length === 1 && b.models.length === 1) {
    const d = decide(catalog, q, deployments[0]!, q.regions[0]!);
    return { kind: 'deploy', ...common, verdict: d.verdict, headline: d.headline, reason: d.reason, matches };
  }
  // "Serverless or managed compute for gpt-oss-120b?", or a model no region table lists: the options lead.
  const option = q.deployment?.option ?? null;
  if (deployments.length === 1 && q.regions.length === 0 && type === null && (option !== null || matches.length === 0)) {
    const d = deployments[0]!;
    const yes = d.options.filter((o) => o.available);
    const no = d.options.filter((o) => !o.available);
    const asked = option === null ? null : d.options.find((o) => o.id === option);
    const how = (o: DeploymentOptionFacts) => (o.types && o.types.length ? `${o.label} (${joinAnd(o.types)})` : o.label);
    const list = `${yes.length ? joinAnd(yes.map(how), 'or') : 'no option listed'}${
      no.length
        ? `; not ${joinAnd(
            no.map((o) => o.label),
            'or',
          )}`
        : ''
    }`;
    return {
      kind: 'deploy',
      ...common,
      verdict: asked ? (asked.available ? 'yes' : 'no') : null,
      headline: asked
        ? `${asked.available ? 'Yes' : 'No'}, a fine-tuned ${d.model} ${asked.available ? 'can' : "can't"} be deployed with ${asked.label}`
        : `A fine-tuned ${d.model} can be deployed with ${list}`,
      reason: asked ? `Deployment options for ${d.model}: ${list}.` : legendsLine(d),
      matches,
    };
  }
  const regionWords = matches.map((r) => catalog.regions.displayName(r));
  const tables = joinAnd(
    (type !== null && regional.includes(type) ? [type] : regional).map((t) => label(catalog, 'deploymentTypes', t)),
    'or',
  );
  const headline = matches.length
    ? `${what[0]!.toUpperCase()}${what.slice(1)} can be deployed in ${regionWords.length} region${regionWords.length === 1 ? '' : 's'}${type !== null ? ` with ${tables}` : ''}`
    : type !== null && !regional.includes(type)
      ? `Not stated: the documents list no regions for ${typeName} deployments`
      : `No ${tables} deployment region for ${what}`;
  const others = deployments.length === 1 ? (serverlessTypes(catalog, deployments[0]!.model) ?? []).filter((t) => !regional.includes(t)) : [];
  // Per regional type, its regions: "Standard: East US 2, Sweden Central; Provisioned Throughput: …".
  const perType = (type !== null && regional.includes(type) ? [type] : regional)
    .map((t) => {
      const places = [...new Set(shown.flatMap((d) => d.regions.filter((r) => r.type === t).flatMap((r) => r.places.map((p) => p.name))))];
      return places.length ? `${label(catalog, 'deploymentTypes', t)}: ${joinAnd(places)}` : '';
    })
    .filter(Boolean)
    .join('; ');
  const reason = others.length
    ? `${perType}. Also ${joinAnd(others.map((t) => label(catalog, 'deploymentTypes', t)))}, which no document lists by region.`
    : deployments.length === 1
      ? legendsLine(deployments[0]!)
      : `${shown.length} of ${deployments.length} models have a ${tables} deployment region.`;
  return { kind: 'deploy', ...common, verdict: null, headline, reason, matches };
}
