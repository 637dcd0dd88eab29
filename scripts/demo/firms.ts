/**
 * The firms of each cluster: leading enterprises, other enterprises, tier-1 and tier-2 suppliers,
 * with memberships. Sizes are log-normal (a few large firms, many small ones), as in real
 * cluster populations.
 */
import { CLUSTERS, NEIGHBOURS, LAST_YEAR, countryOf, type ClusterSpec } from './spec.ts';
import type { NameBook } from './names.ts';
import type { Draft, DraftRole, World } from './world.ts';
import type { OrganizationKind } from '../../server/model/types.ts';

const pad = (n: number): string => String(n).padStart(3, '0');

/** Leading firm #1 gets by far the largest weight: it is the cluster's designed hub. */
const LEADER_ATTRACT = [30, 5, 3.5, 3];

function neighbourOf(regionId: string, world: World): string {
  const options = NEIGHBOURS.filter(([a, b]) => a === regionId || b === regionId).map(([a, b]) => (a === regionId ? b : a));
  return options.length > 0 ? world.rng.pick(options) : regionId;
}

function memberSector(spec: ClusterSpec, world: World): string {
  return world.rng.chance(spec.ownSectorShare) ? spec.sector : world.rng.pick(spec.related);
}

function firm(
  world: World,
  names: NameBook,
  spec: ClusterSpec,
  id: string,
  role: DraftRole,
  kind: OrganizationKind,
  sector: string,
  employees: number,
  founded: number,
  attract: number,
): Draft {
  // Specialised clusters stay in their region; others have a tenth of members next door.
  const regionId = spec.strategy !== 'SPECIALISED' && role !== 'LEAD' && world.rng.chance(0.1)
    ? neighbourOf(spec.regionId, world)
    : spec.regionId;
  return world.addOrg({
    id,
    name: names.firm(sector, countryOf(regionId)),
    kind,
    sector,
    regionId,
    role,
    attract,
    employees: Math.max(2, Math.round(employees)),
    founded: Math.min(2021, founded),
    foreignParent: false,
  });
}

function joinCluster(world: World, d: Draft, spec: ClusterSpec): void {
  const rng = world.rng;
  if (d.role === 'LEAD') {
    world.join(d, spec.key, spec.id, 'CORE', Math.max(spec.founded, d.founded));
    return;
  }
  const since = Math.min(LAST_YEAR - 1, Math.max(spec.founded, d.founded) + rng.int(0, 5));
  const until = rng.chance(0.05) ? rng.int(since + 1, LAST_YEAR) : undefined;
  world.join(d, spec.key, spec.id, rng.chance(0.85) ? 'CORE' : 'ASSOCIATE', since, until);
}

export function buildClusterFirms(world: World, names: NameBook): void {
  const rng = world.rng;
  for (const spec of CLUSTERS) {
    const young = spec.sector === 'J62'; // software firms are younger
    for (let i = 1; i <= spec.leaders; i++) {
      const size = rng.lognormal(4500, 0.35) * (i === 1 ? 2.2 : 1);
      const d = firm(world, names, spec, `org-${spec.key}-lead-${i}`, 'LEAD', 'ENTERPRISE', spec.sector,
        Math.max(1200, size), rng.int(young ? 1985 : 1948, young ? 2005 : 1995), LEADER_ATTRACT[i - 1] ?? 3);
      joinCluster(world, d, spec);
    }
    for (let i = 1; i <= spec.enterprises; i++) {
      const d = firm(world, names, spec, `org-${spec.key}-ent-${pad(i)}`, 'ENT', 'ENTERPRISE', memberSector(spec, world),
        rng.lognormal(young ? 45 : 90, 1.0), rng.int(young ? 1995 : 1970, 2021), rng.lognormal(1, 0.7));
      joinCluster(world, d, spec);
    }
    for (let i = 1; i <= spec.tier1; i++) {
      const d = firm(world, names, spec, `org-${spec.key}-sup1-${pad(i)}`, 'T1', 'SUPPLIER', memberSector(spec, world),
        rng.lognormal(320, 0.7), rng.int(young ? 1990 : 1960, 2014), rng.lognormal(1.2, 0.6));
      joinCluster(world, d, spec);
    }
    for (let i = 1; i <= spec.tier2; i++) {
      const d = firm(world, names, spec, `org-${spec.key}-sup2-${pad(i)}`, 'T2', 'SUPPLIER', memberSector(spec, world),
        rng.lognormal(40, 0.8), rng.int(young ? 1995 : 1975, 2021), rng.lognormal(0.6, 0.6));
      joinCluster(world, d, spec);
    }
  }
}

/**
 * A few suppliers of integrated clusters also join a related integrated or mixed cluster
 * (an organisation may belong to several clusters). Specialised and hubbing clusters are left
 * out so that their designed E-I index stays clear.
 */
export function addSecondMemberships(world: World): void {
  const rng = world.rng;
  const open = CLUSTERS.filter((c) => c.strategy === 'INTEGRATED' || c.strategy === 'MIXED');
  for (const spec of open) {
    for (const d of [...world.members(spec.key)]) {
      if (d.role !== 'T1' || d.home !== spec.key || !rng.chance(0.06)) continue;
      const other = rng.pick(open.filter((c) => c.key !== spec.key));
      const since = Math.min(LAST_YEAR - 1, Math.max(other.founded, d.founded) + rng.int(1, 6));
      world.join(d, other.key, other.id, 'ASSOCIATE', since);
    }
  }
}
