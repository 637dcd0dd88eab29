/**
 * The read operations the explorer sends, as hand-written query strings typed with the
 * generated schema types (client/src/api/generated.ts, `npm run codegen`).
 */
import { operation } from './client.ts';
import type {
  Cluster, ClusterNetworkEdge, ClusterNetworkNode, EntityType, GraphEdge, GraphNode, Membership, MembershipRole,
  Organization, QueryClusterNetworkArgs, QueryClustersArgs, QueryNeighborhoodArgs, QueryOrganizationArgs,
  QueryClusterArgs, QueryRegionsArgs, QuerySearchArgs, QueryShortestPathsArgs, QuerySubgraphArgs, Region, Alliance,
} from './generated.ts';

type Plain<T> = Omit<T, '__typename'>;
export type SliceNode = Plain<GraphNode>;
export type SliceEdge = Plain<GraphEdge>;
export interface Slice {
  nodes: SliceNode[];
  edges: SliceEdge[];
  truncated: boolean;
}

const NODE_FIELDS = 'id label name kind sector regionId clusterIds depth degree';
const EDGE_FIELDS = 'id source target type kind weight value since until directed';

export interface SearchHitView {
  score: number;
  type: EntityType;
  node: { __typename: 'Organization' | 'Cluster' | 'Region' | 'Alliance'; id: string; name: string; kind?: string | null; sector?: string | null };
}
export const SEARCH = operation<{ search: SearchHitView[] }, QuerySearchArgs>('Search', `
query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score type
    node {
      __typename
      ... on Organization { id name kind sector }
      ... on Cluster { id name sector }
      ... on Region { id name }
      ... on Alliance { id name allianceKind: kind }
    }
  }
}`);

export const NEIGHBORHOOD = operation<{ neighborhood: Slice }, QueryNeighborhoodArgs>('Neighborhood', `
query Neighborhood($id: ID!, $depth: Int, $relationshipTypes: [RelationshipType!], $kinds: [OrganizationKind!], $asOf: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes, kinds: $kinds, asOf: $asOf, limit: $limit) {
    truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
  }
}`);

export const SUBGRAPH = operation<{ subgraph: Slice }, QuerySubgraphArgs>('Subgraph', `
query Subgraph($scope: SubgraphScope, $relationshipTypes: [RelationshipType!], $limit: Int) {
  subgraph(scope: $scope, relationshipTypes: $relationshipTypes, limit: $limit) {
    truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
  }
}`);

export interface PathView {
  length: number;
  nodes: SliceNode[];
  edges: SliceEdge[];
}
export const SHORTEST_PATHS = operation<{ shortestPaths: PathView[] }, QueryShortestPathsArgs>('ShortestPaths', `
query ShortestPaths($from: ID!, $to: ID!, $relationshipTypes: [RelationshipType!], $maxLength: Int, $k: Int, $asOf: Int) {
  shortestPaths(from: $from, to: $to, relationshipTypes: $relationshipTypes, maxLength: $maxLength, k: $k, asOf: $asOf) {
    length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
  }
}`);

export type ClusterMapNode = Pick<ClusterNetworkNode, 'id' | 'name' | 'sector' | 'regionId' | 'memberCount'> & {
  cluster: Pick<Cluster, 'sectorName'>;
};
export type ClusterMapEdge = Plain<ClusterNetworkEdge>;
export const CLUSTER_NETWORK = operation<{ clusterNetwork: { nodes: ClusterMapNode[]; edges: ClusterMapEdge[] } }, QueryClusterNetworkArgs>('ClusterNetwork', `
query ClusterNetwork($filter: ClusterNetworkFilter, $minWeight: Int, $asOf: Int) {
  clusterNetwork(filter: $filter, minWeight: $minWeight, asOf: $asOf) {
    nodes { id name sector regionId memberCount cluster { sectorName } }
    edges { id source target ties supplies collaborations investments sharedAlliances allianceIds weight }
  }
}`);

export type OrgFacts = Pick<Organization,
  'id' | 'name' | 'kind' | 'sector' | 'regionId' | 'employees' | 'revenue' | 'exportShare' | 'rdIntensity' | 'patents'
  | 'digitalMaturity' | 'emissionsIntensity' | 'renewableShare' | 'foundedYear' | 'foreignOwned' | 'csr'> & {
  region: Pick<Region, 'id' | 'name' | 'country'> | null;
  clusters: (Pick<Membership, 'since' | 'until'> & { role: MembershipRole; cluster: Pick<Cluster, 'id' | 'name' | 'sector'> })[];
  alliances: { alliance: Pick<Alliance, 'id' | 'name'> }[];
};
export const ORGANIZATION = operation<{ organization: OrgFacts | null }, QueryOrganizationArgs & { asOf?: number | null }>('Organization', `
query Organization($id: ID!, $asOf: Int) {
  organization(id: $id) {
    id name kind sector regionId employees revenue exportShare rdIntensity patents digitalMaturity
    emissionsIntensity renewableShare foundedYear foreignOwned csr
    region { id name country }
    clusters(asOf: $asOf) { role since until cluster { id name sector } }
    alliances(asOf: $asOf) { alliance { id name } }
  }
}`);

export type ClusterFacts = Pick<Cluster, 'id' | 'name' | 'sector' | 'sectorName' | 'founded'> & {
  region: Pick<Region, 'id' | 'name' | 'country'> | null;
  members: { totalCount: number };
  alliances: { alliance: Pick<Alliance, 'id' | 'name' | 'kind'>; since: number | null }[];
  supporters: { organization: Pick<Organization, 'id' | 'name' | 'kind'>; program: string | null; amount: number | null }[];
};
export const CLUSTER = operation<{ cluster: ClusterFacts | null }, QueryClusterArgs>('Cluster', `
query Cluster($id: ID!) {
  cluster(id: $id) {
    id name sector sectorName founded
    region { id name country }
    members(first: 0) { totalCount }
    alliances { since alliance { id name kind } }
    supporters { program amount organization { id name kind } }
  }
}`);

export type ClusterListItem = Pick<Cluster, 'id' | 'name' | 'sector' | 'sectorName'> & { region: Pick<Region, 'id' | 'name'> | null };
export const CLUSTERS = operation<{ clusters: { edges: { node: ClusterListItem }[] } }, QueryClustersArgs>('Clusters', `
query Clusters($first: Int) {
  clusters(first: $first) { edges { node { id name sector sectorName region { id name } } } }
}`);

export type RegionListItem = Pick<Region, 'id' | 'name' | 'country' | 'level'>;
export const REGIONS = operation<{ regions: RegionListItem[] }, QueryRegionsArgs>('Regions', `
query Regions { regions { id name country level } }`);
