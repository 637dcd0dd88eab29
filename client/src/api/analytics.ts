/**
 * The analytics operations (measures, hub firms, communities, cluster report, comparison, what-if), typed
 * with the generated schema types.
 */
import { operation } from './client.ts';
import type {
  BetweennessEstimate, ChecklistItem, CommunityDetection, DetectedCommunity, ClusterLinkIntensity, ClusterLinkNode, DominantStrategy, HubFirm, HubRanking, IndicatorScore,
  KindCount, NetworkRole, NetworkState, OrganizationKind, OrganizationMeasures, QueryClusterLinkIntensityArgs,
  QueryCommunitiesArgs, QueryCompareClustersArgs, QueryHubFirmsArgs, QueryNetworkMeasuresArgs, QueryWhatIfArgs, ScorecardChannel,
  StrategyEvidence, ClusterStrategy, ClusterPairChange, ClusterRemovalChange, WhatIfMeasure, NetworkOptions,
} from './generated.ts';

type Plain<T> = Omit<T, '__typename'>;

export type MeasureView = Pick<OrganizationMeasures, 'degree' | 'strength' | 'betweenness' | 'closeness' | 'harmonic' | 'eigenvector' | 'pagerank' | 'clustering' | 'constraint' | 'effectiveSize' | 'z' | 'participation' | 'role' | 'community'> & {
  brokerage: { coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number; total: number };
  computation: { betweenness: Pick<BetweennessEstimate, 'method' | 'errorBound'>; network: { nodes: number; edges: number; asOf?: number | null } };
};

export const ORG_MEASURES = operation<{ organization: { id: string; measures: MeasureView | null } | null }, { id: string; network?: NetworkOptions | null }>('OrganizationMeasures', `
query OrganizationMeasures($id: ID!, $network: NetworkOptions) {
  organization(id: $id) {
    id
    measures(scope: { all: true }, network: $network) {
      degree strength betweenness closeness harmonic eigenvector pagerank clustering constraint effectiveSize z participation role community
      brokerage { coordinator itinerant representative gatekeeper liaison total }
      computation { betweenness { method errorBound } network { nodes edges asOf } }
    }
  }
}`);

export type MeasureRow = Pick<OrganizationMeasures, 'organizationId' | 'pagerank' | 'betweenness' | 'degree' | 'role'>;
export const NETWORK_MEASURES = operation<{ networkMeasures: { totalCount: number; organizations: MeasureRow[] } }, QueryNetworkMeasuresArgs>('NetworkMeasures', `
query NetworkMeasures($scope: AnalyticsScope!, $network: NetworkOptions, $orderBy: OrganizationMeasure, $limit: Int) {
  networkMeasures(scope: $scope, network: $network, orderBy: $orderBy, limit: $limit) {
    totalCount organizations { organizationId pagerank betweenness degree role }
  }
}`);

export type HubFirmRow = Pick<HubFirm, 'rank' | 'organizationId' | 'name' | 'kind' | 'clusterIds' | 'score' | 'pagerank' | 'betweenness' | 'degree' | 'participation' | 'z' | 'role' | 'composite'> & {
  organization: { sector?: string | null; regionId?: string | null; region: { name: string } | null } | null;
};
export interface HubFirmsData {
  hubFirms: { rankBy: HubRanking; compositeFormula: string; candidates: number; betweenness: Pick<BetweennessEstimate, 'method' | 'errorBound'>; firms: HubFirmRow[] };
}
export const HUB_FIRMS = operation<HubFirmsData, QueryHubFirmsArgs>('HubFirms', `
query HubFirms($scope: AnalyticsScope!, $rankBy: HubRanking, $roles: [NetworkRole!], $kinds: [OrganizationKind!], $sectors: [String!], $regionIds: [ID!], $limit: Int, $network: NetworkOptions) {
  hubFirms(scope: $scope, rankBy: $rankBy, roles: $roles, kinds: $kinds, sectors: $sectors, regionIds: $regionIds, limit: $limit, network: $network) {
    rankBy compositeFormula candidates betweenness { method errorBound }
    firms {
      rank organizationId name kind clusterIds score pagerank betweenness degree participation z role composite
      organization { sector regionId region { name } }
    }
  }
}`);

export type CommunityView = Pick<DetectedCommunity, 'id' | 'size' | 'organizationIds' | 'dominantClusterId' | 'dominantShare'>;
export type CommunitiesView = Pick<CommunityDetection, 'count' | 'modularity' | 'declaredModularity' | 'adjustedRandIndex' | 'normalizedMutualInformation' | 'comparedOrganizations'> & {
  /** Largest first. */
  communities: CommunityView[];
};
export const COMMUNITIES = operation<{ communities: CommunitiesView }, QueryCommunitiesArgs>('Communities', `
query Communities($scope: AnalyticsScope!, $network: NetworkOptions) {
  communities(scope: $scope, network: $network) {
    count modularity declaredModularity adjustedRandIndex normalizedMutualInformation comparedOrganizations
    communities { id size organizationIds dominantClusterId dominantShare }
  }
}`);

export interface StrategyView {
  dominant: DominantStrategy;
  leading: ClusterStrategy;
  margin: number;
  mixedMargin: number;
  scores: { strategy: ClusterStrategy; score: number; formula: string; evidence: Plain<StrategyEvidence>[] }[];
}
export interface ChannelView {
  channel: ScorecardChannel;
  score: number | null;
  weight: number;
  coverage: number;
  indicators: Pick<IndicatorScore, 'key' | 'label' | 'higherIsBetter' | 'value' | 'normalised' | 'weight' | 'coverage'>[];
}
export interface ScorecardView {
  normalisation: string;
  composite: number | null;
  rank: number;
  coverage: number;
  digitalisation: number | null;
  channels: ChannelView[];
}
export interface CooperationView {
  size: { members: number; firms: number; institutions: number; employees: number; byKind: Pick<KindCount, 'kind' | 'count'>[] };
  internalTies: number;
  externalTies: number;
  density: number;
  averageClustering: number;
  components: number;
  largestComponentShare: number;
  averagePathLength: number;
  degreeCentralization: number;
  betweennessCentralization: number;
  eiIndex: number;
  crossSectorShare: number | null;
  academiaTiedFirmShare: number | null;
  otherClusterShare: number | null;
  tripleHelix: { industryAcademia: number; industryGovernment: number; academiaGovernment: number; balance: number };
  supplierLocalisation: { share: number | null; basis: string; ties: number };
  leader: { organizationId: string | null; internalDegree: number; share: number; organization: { name: string } | null };
  resilience: { k: number; before: number; after: number };
  sectorConcentration: { employmentHhi: number | null; countHhi: number | null; sectors: number };
  geography: { localShare: number | null; internationalShare: number | null };
  links: Plain<ClusterLinkIntensity>[];
}
export interface ReportView {
  clusterId: string;
  name: string;
  cooperation: CooperationView;
  strategy: StrategyView;
  scorecard: ScorecardView;
  checklist: Pick<ChecklistItem, 'factor' | 'met' | 'count' | 'secondary' | 'evidence' | 'organizationIds'>[];
}

const REPORT_FIELDS = `
  clusterId name
  cooperation {
    size { members firms institutions employees byKind { kind count } }
    internalTies externalTies density averageClustering components largestComponentShare averagePathLength
    degreeCentralization betweennessCentralization eiIndex crossSectorShare academiaTiedFirmShare otherClusterShare
    tripleHelix { industryAcademia industryGovernment academiaGovernment balance }
    supplierLocalisation { share basis ties }
    leader { organizationId internalDegree share organization { name } }
    resilience { k before after }
    sectorConcentration { employmentHhi countHhi sectors }
    geography { localShare internationalShare }
    links { source target ties value sharedAlliances density weight }
  }
  strategy { dominant leading margin mixedMargin scores { strategy score formula evidence { measure value score weight contribution } } }
  scorecard { normalisation composite rank coverage digitalisation channels { channel score weight coverage indicators { key label higherIsBetter value normalised weight coverage } } }
  checklist { factor met count secondary evidence organizationIds }`;

export const CLUSTER_REPORT = operation<{ cluster: { id: string; report: ReportView } | null }, { id: string; network?: NetworkOptions | null }>('ClusterReport', `
query ClusterReport($id: ID!, $network: NetworkOptions) {
  cluster(id: $id) { id report(network: $network) { ${REPORT_FIELDS} } }
}`);

export interface CompareRow {
  clusterId: string;
  name: string;
  strategy: { dominant: DominantStrategy };
  scorecard: { composite: number | null; rank: number; coverage: number; channels: { channel: ScorecardChannel; score: number | null }[] };
  cooperation: { density: number; eiIndex: number; size: { members: number } };
}
export const COMPARE_CLUSTERS = operation<{ compareClusters: { reports: CompareRow[] } }, QueryCompareClustersArgs>('CompareClusters', `
query CompareClusters($ids: [ID!]!, $network: NetworkOptions) {
  compareClusters(ids: $ids, network: $network) {
    reports { clusterId name strategy { dominant } scorecard { composite rank coverage channels { channel score } } cooperation { density eiIndex size { members } } }
  }
}`);

export type LinkNodeView = Pick<ClusterLinkNode, 'id' | 'name' | 'members' | 'internalTies' | 'externalTies' | 'strategy'>;
export const CLUSTER_LINK_INTENSITY = operation<{ clusterLinkIntensity: { clusters: LinkNodeView[] } }, QueryClusterLinkIntensityArgs>('ClusterLinkIntensity', `
query ClusterLinkIntensity($network: NetworkOptions) {
  clusterLinkIntensity(network: $network) { clusters { id name members internalTies externalTies strategy } }
}`);

export interface WhatIfView {
  removed: string[];
  unknownIds: string[];
  before: Plain<NetworkState>;
  after: Plain<NetworkState>;
  interClusterLinks: Plain<ClusterPairChange>[];
  clusters: Plain<ClusterRemovalChange>[];
  impacts: { organizationId: string; name: string; changes: { measure: WhatIfMeasure; before: number; after: number; change: number }[] }[];
}
export const WHAT_IF = operation<{ whatIf: WhatIfView }, QueryWhatIfArgs>('WhatIf', `
query WhatIf($remove: [ID!]!, $scope: AnalyticsScope!, $network: NetworkOptions) {
  whatIf(remove: $remove, scope: $scope, network: $network) {
    removed unknownIds
    before { nodes edges density components largestComponentSize largestComponentShare averagePathLength averageClustering degreeCentralization interClusterTies }
    after { nodes edges density components largestComponentSize largestComponentShare averagePathLength averageClustering degreeCentralization interClusterTies }
    interClusterLinks { source target before after }
    clusters { clusterId membersBefore membersAfter internalTiesBefore internalTiesAfter largestComponentShareBefore largestComponentShareAfter }
    impacts(rankBy: BETWEENNESS, limit: 15) { organizationId name changes { measure before after change } }
  }
}`);

export type { HubRanking, NetworkRole, OrganizationKind };

export const ROLE_LABELS: Record<NetworkRole, string> = {
  ULTRA_PERIPHERAL: 'ultra-peripheral',
  PERIPHERAL: 'peripheral',
  NON_HUB_CONNECTOR: 'connector',
  NON_HUB_KINLESS: 'kinless',
  PROVINCIAL_HUB: 'provincial hub',
  CONNECTOR_HUB: 'connector hub',
  KINLESS_HUB: 'kinless hub',
};
export const NETWORK_ROLES = Object.keys(ROLE_LABELS) as NetworkRole[];
