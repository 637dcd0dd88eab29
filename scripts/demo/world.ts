/**
 * The generator's working state: organisation drafts (with their true, complete attributes,
 * before indicators are blanked out), memberships and relationships, with the uniqueness rules
 * of docs/dataset-format.md enforced at insertion so that no later step can break them.
 */
import type {
  Membership,
  MembershipRole,
  OrganizationKind,
  Relationship,
} from '../../server/model/types.ts';
import { FIRST_YEAR, LAST_YEAR, SUB_REGIONS } from './spec.ts';
import type { Rng } from './rng.ts';

/** What a draft is in the design (not a column: it drives tie generation only). */
export type DraftRole = 'LEAD' | 'ENT' | 'T1' | 'T2' | 'INST' | 'EXT' | 'OUT';

export interface Draft {
  id: string;
  name: string;
  kind: OrganizationKind;
  sector: string;
  regionId: string;
  role: DraftRole;
  /** Cluster key of the first membership (the Guimerà–Amaral module), if any. */
  home?: string;
  /** Preferential-attachment weight: a few large weights give heavy-tailed degrees. */
  attract: number;
  employees: number;
  founded: number;
  foreignParent: boolean;
  lat: number;
  lon: number;
}

export type DraftInput = Omit<Draft, 'lat' | 'lon'>;

export class World {
  readonly orgs: Draft[] = [];
  readonly memberships: Membership[] = [];
  readonly relationships: Relationship[] = [];
  private readonly byId = new Map<string, Draft>();
  private readonly membersOf = new Map<string, Draft[]>();
  private readonly relKeys = new Set<string>();

  constructor(readonly rng: Rng) {}

  /** Places the organisation near its region's centre (about ±30 km). */
  addOrg(input: DraftInput): Draft {
    if (this.byId.has(input.id)) throw new Error(`duplicate organisation id ${input.id}`);
    const region = SUB_REGIONS.find((r) => r.id === input.regionId);
    if (!region) throw new Error(`unknown region ${input.regionId}`);
    const d: Draft = { ...input, lat: region.lat + this.rng.float(-0.3, 0.3), lon: region.lon + this.rng.float(-0.45, 0.45) };
    this.byId.set(d.id, d);
    this.orgs.push(d);
    return d;
  }

  org(id: string): Draft {
    const d = this.byId.get(id);
    if (!d) throw new Error(`unknown organisation ${id}`);
    return d;
  }

  /** Members of a cluster, in insertion order (leaders first, by construction). */
  members(clusterKey: string): readonly Draft[] {
    return this.membersOf.get(clusterKey) ?? [];
  }

  isMember(d: Draft, clusterKey: string): boolean {
    return this.members(clusterKey).includes(d);
  }

  join(d: Draft, clusterKey: string, clusterId: string, role: MembershipRole, since: number, until?: number): void {
    if (this.isMember(d, clusterKey)) return;
    const list = this.membersOf.get(clusterKey) ?? [];
    list.push(d);
    this.membersOf.set(clusterKey, list);
    d.home ??= clusterKey;
    this.memberships.push({ organizationId: d.id, clusterId, role, since, ...(until !== undefined ? { until } : {}) });
  }

  /**
   * Adds a relationship unless it would repeat an identity (sourceId, targetId, type, kind), be a
   * self-loop, repeat a COLLABORATES_WITH pair+kind in the other direction, or reverse an
   * existing SUPPLIES link (mutual supply would read as a data error). Returns whether it was added.
   */
  tie(r: Relationship): boolean {
    if (r.sourceId === r.targetId) return false;
    const kind = r.kind ?? '';
    const key = `${r.type}|${kind}|${r.sourceId}|${r.targetId}`;
    const reverse = `${r.type}|${kind}|${r.targetId}|${r.sourceId}`;
    if (this.relKeys.has(key)) return false;
    if ((r.type === 'COLLABORATES_WITH' || r.type === 'SUPPLIES') && this.relKeys.has(reverse)) return false;
    this.relKeys.add(key);
    this.relationships.push(r);
    return true;
  }

  /**
   * A tie's start year: in the 2010–2025 window (leaders' ties may start a little earlier), never
   * before either party existed.
   */
  since(a: Draft, b?: Draft, earliest = FIRST_YEAR): number {
    const floor = Math.min(LAST_YEAR - 1, Math.max(earliest, a.founded, b?.founded ?? 0));
    return this.rng.int(floor, LAST_YEAR - 1);
  }

  /** About one tie in eight has ended, so that "as of" views differ. */
  until(since: number, p = 0.12): number | undefined {
    if (since >= LAST_YEAR || !this.rng.chance(p)) return undefined;
    return this.rng.int(since + 1, LAST_YEAR);
  }
}
