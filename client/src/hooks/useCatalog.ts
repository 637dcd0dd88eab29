/** Cluster and region names, loaded once: labels for groups, filters, legends and links. */
import { useMemo } from 'react';
import { CLUSTERS, REGIONS, type ClusterListItem, type RegionListItem } from '../api/operations.ts';
import { dataOf, useQuery } from './useQuery.ts';

export interface Catalog {
  clusters: ClusterListItem[];
  regions: RegionListItem[];
  clusterOrder: string[];
  clusterNames: Map<string, string>;
  regionNames: Map<string, string>;
}

const CLUSTER_VARS = { first: 100 };
const NO_VARS = {};

export function useCatalog(): Catalog {
  const clusters = useQuery(CLUSTERS, CLUSTER_VARS);
  const regions = useQuery(REGIONS, NO_VARS);
  const c = dataOf(clusters);
  const r = dataOf(regions);
  return useMemo(() => {
    const list = (c?.clusters.edges ?? []).map((e) => e.node);
    const regionList = r?.regions ?? [];
    return {
      clusters: list,
      regions: regionList,
      clusterOrder: list.map((x) => x.id).sort(),
      clusterNames: new Map(list.map((x) => [x.id, x.name])),
      regionNames: new Map(regionList.map((x) => [x.id, x.name])),
    };
  }, [c, r]);
}
