/**
 * Assembles the whole demo dataset from a seed: organisations first, then ties in a fixed order
 * (internal, institutions, external, brokers, alliances), then indicators. The order matters
 * only for reproducibility: each step draws from the same seeded stream.
 */
import type { Cluster, Dataset, Region } from '../../server/model/types.ts';
import { buildAlliances } from './alliances.ts';
import { buildBrokerTies } from './brokers.ts';
import { addSecondMemberships, buildClusterFirms } from './firms.ts';
import { toOrganization } from './indicators.ts';
import { buildInstitutions, buildOutsiders } from './institutions.ts';
import { NameBook } from './names.ts';
import { Rng } from './rng.ts';
import { CLUSTERS, COUNTRIES, NEIGHBOURS, SUB_REGIONS } from './spec.ts';
import { buildExternalTies } from './ties-external.ts';
import { buildInstitutionTies } from './ties-institutions.ts';
import { buildInternalTies } from './ties-internal.ts';
import { World } from './world.ts';

export const DEMO_SEED = 20250611;

function regions(): Region[] {
  const out: Region[] = [];
  for (const c of COUNTRIES) {
    const subs = SUB_REGIONS.filter((r) => r.country === c.code);
    const population = subs.reduce((s, r) => s + r.population, 0);
    // Country figures are population-weighted means of its regions (the only regions there are).
    const mean = (f: (r: (typeof subs)[number]) => number): number => subs.reduce((s, r) => s + f(r) * r.population, 0) / population;
    out.push({
      id: c.id, name: c.name, country: c.code, level: 'COUNTRY', lat: c.lat, lon: c.lon, population,
      gdpPerCapita: Math.round(mean((r) => r.gdpPerCapita)), unemploymentRate: Number(mean((r) => r.unemploymentRate).toFixed(3)),
    });
  }
  for (const r of SUB_REGIONS) {
    const neighbours = NEIGHBOURS.filter(([a, b]) => a === r.id || b === r.id).map(([a, b]) => (a === r.id ? b : a));
    out.push({
      id: r.id, name: r.name, country: r.country, level: r.level, ...(r.parentId ? { parentId: r.parentId } : {}),
      lat: r.lat, lon: r.lon, population: r.population, gdpPerCapita: r.gdpPerCapita, unemploymentRate: r.unemploymentRate,
      ...(neighbours.length > 0 ? { extras: { x_neighbours: neighbours.join(';') } } : {}),
    });
  }
  return out;
}

function clusters(): Cluster[] {
  return CLUSTERS.map((c) => ({ id: c.id, name: c.name, regionId: c.regionId, sector: c.sector, sectorName: c.sectorName, founded: c.founded }));
}

export function buildDemo(seed: number = DEMO_SEED): Dataset {
  const rng = new Rng(seed);
  const names = new NameBook(rng);
  const world = new World(rng);
  buildClusterFirms(world, names);
  buildInstitutions(world, names);
  buildOutsiders(world, names);
  addSecondMemberships(world);
  buildInternalTies(world);
  buildInstitutionTies(world);
  buildExternalTies(world);
  buildBrokerTies(world);
  const { alliances, members } = buildAlliances(world);
  const organizations = world.orgs.map((d) => toOrganization(world, d));
  return {
    regions: regions(),
    clusters: clusters(),
    organizations,
    memberships: world.memberships,
    relationships: world.relationships,
    alliances,
    allianceMembers: members,
  };
}
