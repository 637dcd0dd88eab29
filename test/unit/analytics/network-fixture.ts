/**
 * A small organisation network worked by hand in cluster-measures.test.ts.
 *
 *   cluster A (region r1, country X): a1 ENTERPRISE S1 100 employees, a2 SUPPLIER S1 50,
 *                                     a3 ENTERPRISE S2 50, u UNIVERSITY P85
 *   cluster B (region r2, country X, neighbour of r1): b1 ENTERPRISE S1
 *   no cluster: g GOVERNMENT (r1), x ENTERPRISE S3 (r3, country Y)
 *   ties: a2→a1 SUPPLIES 100, a1–a3 RND, a2–a3 JOINT_PROJECT, a1–u TRAINING, b1→a1 SUPPLIES 300,
 *         a3–g OTHER, u–g OTHER, x→a1 INVESTS_IN 40
 *   alliance all-1 with A and B; g SUPPORTS A with 500.
 */
import { buildGraph } from '../../../server/algorithms/graph.ts';
import type { OrgAttributes, OrgNetwork, Tie, TieType } from '../../../server/algorithms/cluster/network.ts';

type OrgSpec = Partial<OrgAttributes> & { id: string; kind: string };

export function org(spec: OrgSpec): OrgAttributes {
  return {
    name: spec.id,
    sector: null,
    regionId: null,
    country: null,
    employees: null,
    employees2015: null,
    revenue: null,
    exportShare: null,
    rdIntensity: null,
    patents: null,
    digitalMaturity: null,
    emissionsIntensity: null,
    renewableShare: null,
    foreignOwned: null,
    csr: null,
    clusters: [],
    ...spec,
  };
}

export function network(
  orgs: OrgAttributes[],
  ties: Array<[string, string, TieType, string?, number?]>,
  extra: Partial<OrgNetwork> = {},
): OrgNetwork {
  const index = new Map(orgs.map((o, i) => [o.id, i]));
  const t: Tie[] = ties.map(([s, d, type, kind, value]) => ({
    source: index.get(s) as number,
    target: index.get(d) as number,
    type,
    kind: kind ?? '',
    weight: 1,
    value: value ?? null,
  }));
  const graph = buildGraph(
    ties.map(([s, d]) => ({ source: s, target: d })),
    { nodes: orgs.map((o) => o.id) },
  );
  return {
    graph,
    orgs,
    ties: t,
    clusters: [],
    regions: new Map(),
    alliances: [],
    supports: [],
    ...extra,
  };
}

export function handWorked(): OrgNetwork {
  const A = 0;
  const B = 1;
  const orgs = [
    org({ id: 'a1', kind: 'ENTERPRISE', sector: 'S1', regionId: 'r1', country: 'X', employees: 100, clusters: [A] }),
    org({ id: 'a2', kind: 'SUPPLIER', sector: 'S1', regionId: 'r1', country: 'X', employees: 50, clusters: [A] }),
    org({ id: 'a3', kind: 'ENTERPRISE', sector: 'S2', regionId: 'r1', country: 'X', employees: 50, clusters: [A] }),
    org({ id: 'u', kind: 'UNIVERSITY', sector: 'P85', regionId: 'r1', country: 'X', clusters: [A] }),
    org({ id: 'b1', kind: 'ENTERPRISE', sector: 'S1', regionId: 'r2', country: 'X', clusters: [B] }),
    org({ id: 'g', kind: 'GOVERNMENT', regionId: 'r1', country: 'X' }),
    org({ id: 'x', kind: 'ENTERPRISE', sector: 'S3', regionId: 'r3', country: 'Y' }),
  ];
  return network(
    orgs,
    [
      ['a2', 'a1', 'SUPPLIES', '', 100],
      ['a1', 'a3', 'COLLABORATES_WITH', 'RND'],
      ['a2', 'a3', 'COLLABORATES_WITH', 'JOINT_PROJECT'],
      ['a1', 'u', 'COLLABORATES_WITH', 'TRAINING'],
      ['b1', 'a1', 'SUPPLIES', '', 300],
      ['a3', 'g', 'COLLABORATES_WITH', 'OTHER'],
      ['u', 'g', 'COLLABORATES_WITH', 'OTHER'],
      ['x', 'a1', 'INVESTS_IN', '', 40],
    ],
    {
      clusters: [
        { id: 'A', name: 'Cluster A', sector: 'S1', regionId: 'r1', country: 'X' },
        { id: 'B', name: 'Cluster B', sector: 'S1', regionId: 'r2', country: 'X' },
      ],
      regions: new Map([
        ['r1', { id: 'r1', country: 'X', neighbours: ['r2'] }],
        ['r2', { id: 'r2', country: 'X', neighbours: ['r1'] }],
        ['r3', { id: 'r3', country: 'Y', neighbours: [] }],
      ]),
      alliances: [{ id: 'all-1', clusters: [A, B], organizations: [] }],
      supports: [{ cluster: A, source: 5, amount: 500 }],
    },
  );
}

/** Fails on any NaN or infinity anywhere in a result. */
export function finiteEverywhere(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteEverywhere(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => finiteEverywhere(v, `${path}.${k}`));
  }
  return [];
}
