/**
 * Builds the organisation network of a scope from Neo4j: one read transaction runs
 * `graph-version`, `network-context` (clusters, regions, alliances, support links),
 * `network-nodes` (the scope's organisations with attributes and memberships) and
 * `network-edges` (their ties, relationship types passed as a parameter from the enum). All four
 * see the same snapshot, so the version read is the version of the data. Ties whose other end is
 * outside the scope are dropped (the network is the subgraph induced by the scope).
 *
 * Undirected networks merge the ties of a pair into one edge (weights summed); directed ones
 * keep SUPPLIES and INVESTS_IN as stored and give COLLABORATES_WITH (undirected in meaning) an
 * arc each way. The raw ties are kept beside the graph for the measures that need type, kind
 * or value.
 */
import { buildGraphFromIndices } from '../../algorithms/graph.ts';
import type {
  AllianceAttributes,
  ClusterAttributes,
  OrgAttributes,
  OrgNetwork,
  RegionAttributes,
  SupportLink,
  Tie,
  TieType,
} from '../../algorithms/cluster/network.ts';
import type { Executor, Row } from '../../db/executor.ts';
import { asRecordObject, type Plain } from '../../db/values.ts';
import { NotFoundError } from '../../errors.ts';
import { normaliseScope, resolveNetworkOptions, type NetworkOptions, type NormalisedScope, type ResolvedNetworkOptions, type Scope } from './scope.ts';

export interface LoadedNetwork extends OrgNetwork {
  /** Graph version of the snapshot the network was read from. */
  readonly version: number;
  readonly scope: NormalisedScope;
  readonly options: ResolvedNetworkOptions;
  /** Membership roles, parallel to `orgs[i].clusters`. */
  readonly memberRoles: readonly (readonly string[])[];
  readonly clusterIndex: ReadonlyMap<string, number>;
  /** Names of clusters' sectors (`sectorName`), by cluster index. */
  readonly clusterSectorNames: readonly (string | null)[];
  readonly allianceNames: readonly string[];
  readonly loadMs: number;
}

const num = (v: Plain | undefined): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const x = Number(v);
    return Number.isFinite(x) ? x : null;
  }
  return null;
};
const str = (v: Plain | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const bool = (v: Plain | undefined): boolean | null => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null);
const list = (v: Plain | undefined): Plain[] => (Array.isArray(v) ? v : []);
function grow<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Timeout of the network load. It reads a whole scope in one snapshot — at CORDIS scale (36,000
 * organisations, 800,000 ties) several seconds of streaming on a busy machine — so it gets its own
 * timeout instead of the per-request one meant for interactive catalog queries; the result is
 * cached by graph version, so it is paid once per version and scope.
 */
export const NETWORK_LOAD_TIMEOUT_MS = 60_000;

export async function loadNetwork(executor: Executor, scope: Scope, options: NetworkOptions = {}): Promise<LoadedNetwork> {
  const t0 = performance.now();
  const s = normaliseScope(scope);
  const o = resolveNetworkOptions(options);
  const { version, context, nodes, edges } = await executor.tx('READ', async (tx) => {
    const v = await tx.run('graph-version');
    const ctx = await tx.run('network-context', { asOf: o.asOf });
    const nodeRows = await tx.run('network-nodes', {
      asOf: o.asOf,
      clusterIds: s.clusterIds,
      regionIds: s.regionIds,
      allianceId: s.allianceId,
    });
    const edgeRows = await tx.run('network-edges', {
      ids: nodeRows.map((r) => r['id']),
      types: o.types,
      asOf: o.asOf,
    });
    return { version: num(v[0]?.['version']) ?? 0, context: ctx[0] ?? {}, nodes: nodeRows, edges: edgeRows };
  }, NETWORK_LOAD_TIMEOUT_MS);
  return assembleNetwork(version, s, o, context, nodes, groupedEdges(edges), performance.now() - t0);
}

/** Visits every tie as (source id, target id, type, kind, weight, value). */
export type EdgeSource = (visit: (s: string, t: string, type: Plain, kind: Plain, weight: Plain, value: Plain) => void) => void;

/** Ties as `network-edges` returns them: one row per source with [t, type, kind, weight, value] lists. */
export function groupedEdges(rows: readonly Row[]): EdgeSource {
  return (visit) => {
    for (const r of rows) {
      const s = String(r['s']);
      for (const tie of list(r['ties'])) {
        const [t, type, kind, weight, value] = list(tie);
        visit(s, String(t), type ?? null, kind ?? null, weight ?? null, value ?? null);
      }
    }
  };
}

/** Ties as one row each: { s, t, type, kind, weight, value } (what a dataset bundle gives). */
export function flatEdges(rows: readonly Row[]): EdgeSource {
  return (visit) => {
    for (const e of rows) visit(String(e['s']), String(e['t']), e['type'] ?? null, e['kind'] ?? null, e['weight'] ?? null, e['value'] ?? null);
  };
}

function regionsOf(rows: Plain[]): Map<string, RegionAttributes> {
  const raw = rows.map(asRecordObject);
  const byId = new Map(raw.map((r) => [String(r['id']), r]));
  const countryOf = (id: string, depth = 0): string | null => {
    const r = byId.get(id);
    if (r === undefined || depth > 20) return null;
    const parent = str(r['parentId']);
    return str(r['country']) ?? (parent === null ? null : countryOf(parent, depth + 1));
  };
  const neighbours = new Map<string, Set<string>>();
  for (const r of raw) {
    const id = String(r['id']);
    for (const nb of (str(r['neighbours']) ?? '').split(';').map((x) => x.trim()).filter((x) => x !== '')) {
      if (!neighbours.has(id)) neighbours.set(id, new Set());
      if (!neighbours.has(nb)) neighbours.set(nb, new Set());
      neighbours.get(id)?.add(nb);
      neighbours.get(nb)?.add(id); // neighbourhood is symmetric even if listed once
    }
  }
  return new Map(
    raw.map((r) => {
      const id = String(r['id']);
      return [id, { id, country: countryOf(id), neighbours: [...(neighbours.get(id) ?? [])].sort(), parentId: str(r['parentId']) }];
    }),
  );
}

export function assembleNetwork(
  version: number,
  scope: NormalisedScope,
  options: ResolvedNetworkOptions,
  context: Row,
  nodeRows: readonly Row[],
  edges: EdgeSource,
  loadMs = 0,
): LoadedNetwork {
  const regions = regionsOf(list(context['regions']));
  const clusterRows = list(context['clusters']).map(asRecordObject);
  const clusters: ClusterAttributes[] = clusterRows.map((c) => {
    const regionId = str(c['regionId']);
    return {
      id: String(c['id']),
      name: String(c['name'] ?? c['id']),
      sector: str(c['sector']),
      regionId,
      country: regionId === null ? null : (regions.get(regionId)?.country ?? null),
    };
  });
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  for (const id of scope.clusterIds ?? []) if (!clusterIndex.has(id)) throw new NotFoundError('Cluster', id);
  for (const id of scope.regionIds ?? []) if (!regions.has(id)) throw new NotFoundError('Region', id);
  const allianceRows = list(context['alliances']).map(asRecordObject);
  if (scope.allianceId !== null && !allianceRows.some((a) => a['id'] === scope.allianceId)) {
    throw new NotFoundError('Alliance', scope.allianceId);
  }

  const memberRoles: string[][] = [];
  const orgs: OrgAttributes[] = nodeRows.map((r) => {
    const cl = list(r['clusterIds']).map((id) => clusterIndex.get(String(id)));
    const roles = list(r['roles']).map((x) => String(x));
    const kept = cl.flatMap((c, i) => (c === undefined ? [] : [[c, roles[i] ?? 'CORE'] as const]));
    memberRoles.push(kept.map(([, role]) => role));
    const regionId = str(r['regionId']);
    return {
      id: String(r['id']),
      name: String(r['name'] ?? r['id']),
      kind: String(r['kind'] ?? ''),
      sector: str(r['sector']),
      regionId,
      country: regionId === null ? null : (regions.get(regionId)?.country ?? null),
      employees: num(r['employees']),
      employees2015: num(r['employees2015']),
      revenue: num(r['revenue']),
      exportShare: num(r['exportShare']),
      rdIntensity: num(r['rdIntensity']),
      patents: num(r['patents']),
      digitalMaturity: num(r['digitalMaturity']),
      emissionsIntensity: num(r['emissionsIntensity']),
      renewableShare: num(r['renewableShare']),
      foreignOwned: bool(r['foreignOwned']),
      csr: bool(r['csr']),
      clusters: kept.map(([c]) => c),
    };
  });
  const index = new Map(orgs.map((org, i) => [org.id, i]));

  const ties: Tie[] = [];
  const directed = options.direction === 'DIRECTED';
  // Edge ends as dense indices in growable typed arrays: no per-edge objects or second id look-up.
  let src = new Uint32Array(1024);
  let dst = new Uint32Array(1024);
  let wts = new Float64Array(1024);
  let m = 0;
  const addArc = (a: number, b: number, w: number): void => {
    if (m === src.length) {
      src = grow(src, new Uint32Array(m * 2));
      dst = grow(dst, new Uint32Array(m * 2));
      wts = grow(wts, new Float64Array(m * 2));
    }
    src[m] = a;
    dst[m] = b;
    wts[m++] = w;
  };
  edges((s, t, typeValue, kind, weightValue, value) => {
    const source = index.get(s);
    const target = index.get(t);
    if (source === undefined || target === undefined) return;
    const type = String(typeValue) as TieType;
    const weight = num(weightValue) ?? 1;
    ties.push({ source, target, type, kind: str(kind) ?? '', weight, value: num(value) });
    const w = options.weighting === 'WEIGHT' ? weight : 1;
    addArc(source, target, w);
    if (directed && type === 'COLLABORATES_WITH') addArc(target, source, w);
  });
  const graph = buildGraphFromIndices(
    orgs.map((x) => x.id),
    src.subarray(0, m),
    dst.subarray(0, m),
    wts.subarray(0, m),
    { directed },
  );

  const alliances: AllianceAttributes[] = allianceRows.map((a) => ({
    id: String(a['id']),
    clusters: list(a['clusterIds']).flatMap((id) => {
      const c = clusterIndex.get(String(id));
      return c === undefined ? [] : [c];
    }),
    organizations: list(a['organizationIds']).flatMap((id) => {
      const v = index.get(String(id));
      return v === undefined ? [] : [v];
    }),
  }));
  const supports: SupportLink[] = list(context['supports']).flatMap((x) => {
    const s = asRecordObject(x);
    const cluster = clusterIndex.get(String(s['clusterId']));
    if (cluster === undefined) return [];
    return [{ cluster, source: index.get(String(s['sourceId'])) ?? -1, amount: num(s['amount']) }];
  });
  return {
    graph,
    orgs,
    ties,
    clusters,
    regions,
    alliances,
    supports,
    version,
    scope,
    options,
    memberRoles,
    clusterIndex,
    clusterSectorNames: clusterRows.map((c) => str(c['sectorName'])),
    allianceNames: allianceRows.map((a) => String(a['name'] ?? a['id'])),
    loadMs,
  };
}
