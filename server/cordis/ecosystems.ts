/**
 * Clusters as regional thematic ecosystems: the organisations of one country active in one
 * Horizon 2020 programme part (SC4 transport, SC1 health, …), kept when at least `minSize`
 * organisations qualify. Membership role COORDINATOR when the organisation coordinated a project
 * of that part, else CORE; since/until = its first start / last end year in that part. Also each
 * organisation's sector: the part it took part in most often (ties: the earlier part in
 * cordis-programmes.yml). Pure.
 */
import type { Cluster, Membership } from '../model/types.ts';
import { countryName, isoCountry } from './countries.ts';
import type { Participants } from './participants.ts';
import { programmeName, programmeSlug } from './programmes.ts';
import type { ProgrammePart } from './source.ts';

interface Activity {
  projects: number;
  coordinated: boolean;
  since?: number;
  until?: number;
}

export interface Ecosystems {
  clusters: Cluster[];
  memberships: Membership[];
  /** Sector (programme key) of each organisation, undefined when none of its projects has a part. */
  sectorOf: (string | undefined)[];
  /** Ecosystems below the minimum size, left out. */
  belowMinimum: number;
}

export function clusterId(iso: string, partKey: string): string {
  return `eco:${iso}:${programmeSlug(partKey)}`;
}

/** `partsOf` maps a project index to the indexes (into `programmes`) of its parts. */
export function mapEcosystems(
  participants: Participants,
  partsOf: ReadonlyMap<number, readonly number[]>,
  programmes: readonly ProgrammePart[],
  minSize: number,
): Ecosystems {
  const { orgs, projects } = participants;
  const activity: Map<number, Activity>[] = programmes.map(() => new Map());
  const projectsIn: Map<string, Set<number>>[] = programmes.map(() => new Map()); // part → iso → projects
  projects.forEach((p, pi) => {
    for (const part of partsOf.get(pi) ?? []) {
      const acts = activity[part] as Map<number, Activity>;
      for (const m of p.members) {
        let a = acts.get(m);
        if (a === undefined) {
          a = { projects: 0, coordinated: false };
          acts.set(m, a);
        }
        a.projects++;
        if (p.coordinators.has(m)) a.coordinated = true;
        if (p.startYear !== undefined && (a.since === undefined || p.startYear < a.since)) a.since = p.startYear;
        if (p.endYear !== undefined && (a.until === undefined || p.endYear > a.until)) a.until = p.endYear;
        const iso = isoCountry((orgs[m] as (typeof orgs)[number]).country);
        const set = (projectsIn[part] as Map<string, Set<number>>).get(iso) ?? new Set<number>();
        set.add(pi);
        (projectsIn[part] as Map<string, Set<number>>).set(iso, set);
      }
    }
  });

  const clusters: Cluster[] = [];
  const memberships: Membership[] = [];
  let belowMinimum = 0;
  programmes.forEach((prog, part) => {
    const byCountry = new Map<string, number[]>();
    for (const m of (activity[part] as Map<number, Activity>).keys()) {
      const iso = isoCountry((orgs[m] as (typeof orgs)[number]).country);
      const list = byCountry.get(iso) ?? [];
      list.push(m);
      byCountry.set(iso, list);
    }
    for (const [iso, members] of byCountry) {
      if (members.length < minSize) {
        belowMinimum++;
        continue;
      }
      const id = clusterId(iso, prog.key);
      clusters.push({
        id,
        name: `${countryName(iso)}: ${programmeName(prog)}`,
        regionId: iso,
        sector: prog.key,
        sectorName: programmeName(prog),
        extras: { x_programmeCode: prog.code, x_projects: (projectsIn[part] as Map<string, Set<number>>).get(iso)?.size ?? 0 },
      });
      for (const m of members.sort((a, b) => a - b)) {
        const a = (activity[part] as Map<number, Activity>).get(m) as Activity;
        const ms: Membership = {
          organizationId: (orgs[m] as (typeof orgs)[number]).pic,
          clusterId: id,
          role: a.coordinated ? 'COORDINATOR' : 'CORE',
          extras: { x_projects: a.projects },
        };
        if (a.since !== undefined) ms.since = a.since;
        if (a.until !== undefined) ms.until = a.until;
        memberships.push(ms);
      }
    }
  });
  clusters.sort((x, y) => (x.id < y.id ? -1 : 1));
  const rank = new Map(clusters.map((c, i) => [c.id, i]));
  memberships.sort((x, y) => (rank.get(x.clusterId) as number) - (rank.get(y.clusterId) as number) || (x.organizationId < y.organizationId ? -1 : 1));

  const sectorOf = orgs.map((_, m) => {
    let best: number | undefined;
    let bestCount = 0;
    activity.forEach((acts, part) => {
      const n = acts.get(m)?.projects ?? 0;
      if (n > bestCount) {
        best = part;
        bestCount = n;
      }
    });
    return best === undefined ? undefined : (programmes[best] as ProgrammePart).key;
  });
  return { clusters, memberships, sectorOf, belowMinimum };
}
