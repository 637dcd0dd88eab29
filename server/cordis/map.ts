/**
 * The CORDIS → model mapping (docs/cordis.md explains every choice). Pure: source records in,
 * Dataset and counts out; validation against the bundle format is validate.ts's job.
 */
import { BadUserInputError } from '../errors.ts';
import type { Alliance, AllianceMember, Dataset, Extras, Organization, OrganizationKind, Relationship } from '../model/types.ts';
import { isoCountry } from './countries.ts';
import { mapEcosystems } from './ecosystems.ts';
import { CordisInputError } from './errors.ts';
import { coParticipationPairs } from './pairs.ts';
import { collectParticipants, type Participants } from './participants.ts';
import { mapRegions } from './regions.ts';
import type { ActivityType, CordisSource, OrganizationInfo } from './source.ts';

export const KIND_OF_ACTIVITY: Readonly<Record<ActivityType, OrganizationKind>> = {
  PRC: 'ENTERPRISE',
  HES: 'UNIVERSITY',
  REC: 'RESEARCH',
  PUB: 'GOVERNMENT',
  OTH: 'SUPPORT',
};

export const DEFAULT_MIN_CLUSTER_SIZE = 20;
export const ALLIANCE_KIND = 'R&D project';
export const COLLABORATION_KIND = 'JOINT_PROJECT';

export interface CordisMapOptions {
  /** Keep only organisations of these countries (ISO or CORDIS codes: GR and EL both work). */
  countries?: readonly string[];
  minClusterSize?: number;
}

export interface CordisStats {
  participations: number;
  organizations: number;
  organizationsNamed: number;
  organizationsInCity: number;
  projects: number;
  projectsWithoutPart: number;
  pairs: number;
  /** Σ over projects of C(members, 2): pair incidences before merging repeated pairs. */
  pairIncidences: number;
  countries: number;
  cities: number;
  clusters: number;
  memberships: number;
  ecosystemsBelowMinimum: number;
  partnerRows: number;
}

export interface CordisMapping {
  dataset: Dataset;
  stats: CordisStats;
}

export function allianceId(rcn: string): string {
  return `rcn:${rcn}`;
}

/** Upper-case ISO codes from a `--countries` list; rejects anything that is not two letters. */
export function normaliseCountries(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of list) {
    const c = raw.trim();
    if (!/^[A-Za-z]{2}$/.test(c)) throw new BadUserInputError(`country ${JSON.stringify(raw)} is not a two-letter code`);
    out.add(isoCountry(c));
  }
  return out;
}

export function mapCordis(source: CordisSource, options: CordisMapOptions = {}): CordisMapping {
  const minSize = options.minClusterSize ?? DEFAULT_MIN_CLUSTER_SIZE;
  if (!Number.isInteger(minSize) || minSize < 1) throw new BadUserInputError(`the minimum cluster size must be a positive integer, got ${minSize}`);
  const keep = options.countries === undefined ? undefined : normaliseCountries(options.countries);
  const rows = keep === undefined ? source.participations : source.participations.filter((p) => keep.has(isoCountry(p.country)));

  const participants = collectParticipants(rows, source.files.participations);
  const info = organizationInfo(source);
  const regions = mapRegions(participants.orgs, info);
  const partsOf = projectParts(source, participants);
  const eco = mapEcosystems(participants, partsOf, source.programmes, minSize);
  const pairs = coParticipationPairs(participants.projects, participants.orgs.length);

  const organizations: Organization[] = participants.orgs.map((o, i) => {
    const known = info.get(o.pic);
    const extras: Extras = { x_cordisType: o.type, x_projects: o.projects, x_coordinated: o.coordinated };
    if (o.hasContribution) extras['x_ecContribution'] = Math.round(o.contribution * 100) / 100;
    if (known?.shortName !== undefined) extras['x_shortName'] = known.shortName;
    const org: Organization = { id: o.pic, name: known?.name ?? o.pic, kind: KIND_OF_ACTIVITY[o.type], regionId: regions.regionOf[i] as string, extras };
    const sector = eco.sectorOf[i];
    if (sector !== undefined) org.sector = sector;
    return org;
  });

  const relationships: Relationship[] = new Array<Relationship>(pairs.count);
  const pics = participants.orgs.map((o) => o.pic);
  for (let k = 0; k < pairs.count; k++) {
    const r: Relationship = {
      sourceId: pics[pairs.a[k] as number] as string,
      targetId: pics[pairs.b[k] as number] as string,
      type: 'COLLABORATES_WITH',
      kind: COLLABORATION_KIND,
      weight: pairs.weight[k] as number,
    };
    if (pairs.since[k] !== 0) r.since = pairs.since[k] as number;
    if (pairs.until[k] !== 0) r.until = pairs.until[k] as number;
    relationships[k] = r;
  }

  const alliances: Alliance[] = [];
  const allianceMembers: AllianceMember[] = [];
  let pairIncidences = 0;
  participants.projects.forEach((p, pi) => {
    const id = allianceId(p.rcn);
    const parts = (partsOf.get(pi) ?? []).map((x) => source.programmes[x]?.key ?? '');
    const extras: Extras = { x_participants: p.members.length };
    if (parts.length > 0) extras['x_programmeParts'] = parts.join(';');
    if (p.endYear !== undefined) extras['x_endYear'] = p.endYear;
    const a: Alliance = { id, name: `H2020 project ${p.rcn}`, kind: ALLIANCE_KIND, extras };
    if (p.startYear !== undefined) a.founded = p.startYear;
    alliances.push(a);
    for (const m of p.members) {
      const role = p.coordinators.has(m) ? 'coordinator' : p.partners.has(m) ? 'partner' : 'participant';
      const am: AllianceMember = { allianceId: id, memberId: pics[m] as string, extras: { x_role: role } };
      if (p.startYear !== undefined) am.since = p.startYear;
      allianceMembers.push(am);
    }
    pairIncidences += (p.members.length * (p.members.length - 1)) / 2;
  });

  const dataset: Dataset = {
    regions: regions.regions,
    clusters: eco.clusters,
    organizations,
    memberships: eco.memberships,
    relationships,
    alliances,
    allianceMembers,
  };
  const stats: CordisStats = {
    participations: rows.length,
    organizations: organizations.length,
    organizationsNamed: participants.orgs.filter((o) => info.get(o.pic)?.name !== undefined).length,
    organizationsInCity: regions.withCity,
    projects: participants.projects.length,
    projectsWithoutPart: participants.projects.filter((_, pi) => !partsOf.has(pi)).length,
    pairs: pairs.count,
    pairIncidences,
    countries: regions.countries,
    cities: regions.cities,
    clusters: eco.clusters.length,
    memberships: eco.memberships.length,
    ecosystemsBelowMinimum: eco.belowMinimum,
    partnerRows: participants.partnerRows,
  };
  return { dataset, stats };
}

/** PIC → organisations-file row; a PIC listed twice is an error naming both lines. */
function organizationInfo(source: CordisSource): Map<string, OrganizationInfo> {
  const out = new Map<string, OrganizationInfo>();
  for (const o of source.organizations) {
    const first = out.get(o.pic);
    if (first !== undefined) throw new CordisInputError({ file: source.files.organizations, line: o.line, column: 'orgId' }, `orgId ${o.pic} is listed twice (first on line ${first.line})`);
    out.set(o.pic, o);
  }
  return out;
}

/**
 * Project index → programme-part indexes (yml order). Unknown part keys are errors; rows for
 * projects outside the (filtered) participations are skipped.
 */
function projectParts(source: CordisSource, participants: Participants): Map<number, number[]> {
  const partIndex = new Map(source.programmes.map((p, i) => [p.key, i]));
  const out = new Map<number, number[]>();
  for (const r of source.projectParts) {
    const part = partIndex.get(r.part);
    if (part === undefined) {
      const keys = source.programmes.map((p) => p.key).join(', ');
      throw new CordisInputError({ file: source.files.projectParts, line: r.line, column: 'programme_part' }, `${JSON.stringify(r.part)} is not a programme part of cordis-programmes.yml (${keys})`);
    }
    const pi = participants.projectIndex.get(r.rcn);
    if (pi === undefined) continue;
    const list = out.get(pi) ?? [];
    if (list.includes(part)) throw new CordisInputError({ file: source.files.projectParts, line: r.line }, `project ${r.rcn} has programme part ${r.part} twice`);
    list.push(part);
    out.set(pi, list);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}
