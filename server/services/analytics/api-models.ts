/**
 * The shapes the GraphQL layer receives from the analytics services where they differ from the
 * engine's results (codegen `mappers`): node measures carry their computation's facts, a what-if
 * result carries its request so that `impacts` can be computed only when asked.
 */
import type { NodeMeasuresResult, OrganizationMeasures } from './node-measures.ts';
import type { NetworkOptions, Scope } from './scope.ts';
import type { WhatIfResult } from './what-if.ts';

/** Facts of one node-measure computation, shared by all its organisations. */
export type MeasureComputationRecord = Omit<NodeMeasuresResult, 'organizations' | 'scope'>;

export interface OrganizationMeasuresRecord extends OrganizationMeasures {
  computation: MeasureComputationRecord;
}

export interface NetworkMeasuresRecord {
  computation: MeasureComputationRecord;
  totalCount: number;
  organizations: OrganizationMeasuresRecord[];
}

export interface WhatIfRecord extends WhatIfResult {
  request: { remove: readonly string[]; scope: Scope; network?: NetworkOptions };
}

/** Node measures as records for the API: each organisation with the shared computation facts. */
export function measureRecords(result: NodeMeasuresResult): { computation: MeasureComputationRecord; organizations: OrganizationMeasuresRecord[] } {
  const { organizations, scope: _scope, ...computation } = result;
  return { computation, organizations: organizations.map((o) => ({ ...o, computation })) };
}

// Engine results under the names the GraphQL layer maps them by (distinct from the SDL types).
export type { HubFirmsResult as HubFirmRankingRecord, HubFirm as HubFirmRecord } from './hub-firms.ts';
export type { CommunitiesResult as CommunityDetectionRecord, Community as DetectedCommunityRecord } from './communities.ts';
export type { OrganizationImpact as OrganizationImpactRecord } from './what-if-impact.ts';
export type { ClusterNode as ClusterLinkNodeRecord, ClusterNetwork as ClusterLinkNetworkRecord } from './clusters.ts';
export type {
  Cooperation as ClusterCooperationRecord,
  KindCount as KindCountRecord,
  LeaderConcentration as LeaderConcentrationRecord,
  ClusterReport as ClusterReportRecord,
  ClusterComparison as ClusterComparisonRecord,
} from '../../algorithms/cluster/index.ts';
