/**
 * The input of the cluster-level measures: the organisation network with what the measures need
 * to know about each node (kind, sector, place, indicators, cluster memberships), the raw ties
 * (type, kind, value: the compact graph merges parallel ties), the clusters, regions, alliances
 * and support links. Plain data, built by the service layer from the database; no I/O here.
 *
 * Indices: organisations are the graph's dense node indices; clusters are indices into
 * `clusters`. A value that the data does not give is `null` (never NaN).
 */
import type { CompactGraph } from '../graph.ts';

export const TIE_TYPES = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'] as const;
export type TieType = (typeof TIE_TYPES)[number];

/** One stored relationship between two organisations of the network. */
export interface Tie {
  readonly source: number;
  readonly target: number;
  readonly type: TieType;
  /** Collaboration kind (RND, TRAINING, …) for COLLABORATES_WITH; '' when absent. */
  readonly kind: string;
  readonly weight: number;
  /** SUPPLIES value or INVESTS_IN amount (EUR thousand); null when absent. */
  readonly value: number | null;
}

export interface OrgAttributes {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly sector: string | null;
  readonly regionId: string | null;
  readonly country: string | null;
  readonly employees: number | null;
  /** Employment in 2015 (`x_employees2015`), for employment growth. */
  readonly employees2015: number | null;
  readonly revenue: number | null;
  readonly exportShare: number | null;
  readonly rdIntensity: number | null;
  readonly patents: number | null;
  readonly digitalMaturity: number | null;
  readonly emissionsIntensity: number | null;
  readonly renewableShare: number | null;
  readonly foreignOwned: boolean | null;
  readonly csr: boolean | null;
  /** Cluster indices of the memberships valid in the view, the primary (module) cluster first. */
  readonly clusters: readonly number[];
}

export interface ClusterAttributes {
  readonly id: string;
  readonly name: string;
  readonly sector: string | null;
  readonly regionId: string | null;
  readonly country: string | null;
}

export interface RegionAttributes {
  readonly id: string;
  readonly country: string | null;
  /** Neighbouring regions (`x_neighbours`), symmetric closure taken by the builder. */
  readonly neighbours: readonly string[];
  /** The region this one is PART_OF (null: a top-level region; absent in hand-built inputs). */
  readonly parentId?: string | null;
}

export interface AllianceAttributes {
  readonly id: string;
  /** Cluster indices party to the alliance in the view. */
  readonly clusters: readonly number[];
  /** Organisation indices party to it (only those in the network). */
  readonly organizations: readonly number[];
}

/** A SUPPORTS link into a cluster; `source` is −1 when the supporter is not in the network. */
export interface SupportLink {
  readonly cluster: number;
  readonly source: number;
  readonly amount: number | null;
}

export interface OrgNetwork {
  /** Organisation network (as the caller built it: any direction and weights). */
  readonly graph: CompactGraph;
  readonly orgs: readonly OrgAttributes[];
  readonly ties: readonly Tie[];
  readonly clusters: readonly ClusterAttributes[];
  readonly regions: ReadonlyMap<string, RegionAttributes>;
  readonly alliances: readonly AllianceAttributes[];
  readonly supports: readonly SupportLink[];
}

/** Firms: manufacturers, service firms and suppliers (domain.md). */
export const FIRM_KINDS: ReadonlySet<string> = new Set(['ENTERPRISE', 'SUPPLIER']);
/** Academia for the triple helix and the "tied to a university or research body" share. */
export const ACADEMIA_KINDS: ReadonlySet<string> = new Set(['UNIVERSITY', 'RESEARCH']);
/**
 * Industry in the triple helix (Etzkowitz & Leydesdorff 2000): firms and financiers. SUPPORT
 * bodies (cluster managers, chambers, parks) are the helix's hybrid organisations and are left
 * out of the three spheres.
 */
export const INDUSTRY_KINDS: ReadonlySet<string> = new Set(['ENTERPRISE', 'SUPPLIER', 'FINANCIAL']);

export const isFirm = (o: OrgAttributes): boolean => FIRM_KINDS.has(o.kind);
