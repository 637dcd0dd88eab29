// Graph slices, shortest paths and the inter-cluster network against the real Neo4j with the
// demo data, in the shape the Cytoscape client takes as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS, startDemoApp, startTestApp, type TestApp } from './support/app.ts';

interface Node {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  clusterIds: string[];
  depth: number | null;
  degree: number;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  kind: string | null;
  since: number | null;
  until: number | null;
  directed: boolean;
}
interface Slice {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}

const SLICE = '{ truncated nodes { id label name kind clusterIds depth degree } edges { id source target type kind since until directed } }';
const BROKERS = ['org-log-broker-1', 'org-uni-broker-1', 'org-res-broker-1'];

/** Every edge joins two nodes of the slice, ids are unique: what Cytoscape needs. */
function expectConsistent(slice: Slice): void {
  const ids = new Set(slice.nodes.map((n) => n.id));
  expect(ids.size).toBe(slice.nodes.length);
  expect(new Set(slice.edges.map((e) => e.id)).size).toBe(slice.edges.length);
  for (const e of slice.edges) {
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(e.id).toBe(`${e.type}:${e.source}:${e.target}:${e.kind ?? ''}`);
  }
}

describe('graph slices on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;

  it('returns the 1-hop neighbourhood of the hub firm: its partners, ties among them, undirected collaborations', async () => {
    const r = await t.gql<{ neighborhood: Slice }>(`{ neighborhood(id: "org-auto-lead-1") ${SLICE} }`);
    const s = r.data?.neighborhood;
    if (s === undefined) throw new Error(JSON.stringify(r.errors));
    expectConsistent(s);
    expect(s.truncated).toBe(false);
    expect(s.nodes[0]).toMatchObject({ id: 'org-auto-lead-1', label: 'ORGANIZATION', depth: 0, clusterIds: ['cl-auto'] });
    expect(s.nodes.length).toBeGreaterThan(80);
    expect(s.nodes.slice(1).every((n) => n.depth === 1)).toBe(true);
    expect(s.edges.filter((e) => e.type === 'COLLABORATES_WITH').every((e) => !e.directed)).toBe(true);
    expect(s.edges.filter((e) => e.type === 'SUPPLIES').every((e) => e.directed)).toBe(true);
    // The centre's degree counts its ties in the slice (parallel ties of different kinds each count).
    expect(s.nodes[0]?.degree).toBe(s.edges.filter((e) => e.source === 'org-auto-lead-1' || e.target === 'org-auto-lead-1').length);
  });

  it('truncates a 2-hop neighbourhood of a lead firm at a small limit, keeping the nearest nodes', async () => {
    const full = await t.gql<{ neighborhood: Slice }>(`{ neighborhood(id: "org-chem-lead-1", depth: 2) ${SLICE} }`);
    const cut = await t.gql<{ neighborhood: Slice }>(`{ neighborhood(id: "org-chem-lead-1", depth: 2, limit: 30) ${SLICE} }`);
    const f = full.data?.neighborhood;
    const c = cut.data?.neighborhood;
    if (f === undefined || c === undefined) throw new Error(JSON.stringify([full.errors, cut.errors]));
    expect(f.truncated).toBe(false);
    expect(f.nodes.some((n) => n.depth === 2)).toBe(true);
    expect(c.truncated).toBe(true);
    expect(c.nodes).toHaveLength(30);
    expectConsistent(c);
    // Nearest first: a cut 2-hop slice of a hub with more than 30 partners holds no second hop.
    expect(c.nodes.every((n) => (n.depth ?? 0) <= 1)).toBe(true);
  });

  it('narrows a neighbourhood by relationship types, kinds and year', async () => {
    const r = await t.gql<{ sup: Slice; inst: Slice; clusters: Slice; y2012: Slice; y2025: Slice }>(`{
      sup: neighborhood(id: "org-auto-lead-1", relationshipTypes: [SUPPLIES]) ${SLICE}
      inst: neighborhood(id: "org-auto-lead-1", kinds: [UNIVERSITY, RESEARCH]) ${SLICE}
      clusters: neighborhood(id: "cl-auto", relationshipTypes: [PARTY_TO, SUPPORTS], depth: 2) ${SLICE}
      y2012: neighborhood(id: "org-auto-lead-1", asOf: 2012) ${SLICE}
      y2025: neighborhood(id: "org-auto-lead-1", asOf: 2025) ${SLICE}
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data;
    expect(d?.sup.edges.every((e) => e.type === 'SUPPLIES')).toBe(true);
    expect(d?.inst.nodes.slice(1).every((n) => n.kind === 'UNIVERSITY' || n.kind === 'RESEARCH')).toBe(true);
    expect(d?.inst.nodes.map((n) => n.id)).toContain('org-uni-broker-1');
    expect(d?.clusters.nodes.filter((n) => n.label === 'ALLIANCE')).toHaveLength(4);
    expect(d?.clusters.nodes.some((n) => n.label === 'CLUSTER' && n.id !== 'cl-auto')).toBe(true);
    expect(d?.y2012.nodes.length).toBeLessThan(d?.y2025.nodes.length ?? 0);
    for (const e of d?.y2012.edges ?? []) {
      expect(e.since === null || e.since <= 2012).toBe(true);
      expect(e.until === null || e.until >= 2012).toBe(true);
    }
  });

  it('rejects a depth outside 1..3 and a limit over maxSliceNodes; NOT_FOUND for an unknown centre', async () => {
    expect(code(await t.gql(`{ neighborhood(id: "org-auto-lead-1", depth: 4) ${SLICE} }`))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(`{ neighborhood(id: "org-auto-lead-1", depth: 0) ${SLICE} }`))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(`query($l: Int) { neighborhood(id: "org-auto-lead-1", limit: $l) ${SLICE} }`, { l: t.config.api.maxSliceNodes + 1 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(`{ neighborhood(id: "nobody") ${SLICE} }`))).toBe('NOT_FOUND');
  });

  it('returns a cluster subgraph with members, their ties and (with MEMBER_OF) the cluster node', async () => {
    const r = await t.gql<{ s: Slice; m: Slice; cut: Slice }>(`{
      s: subgraph(scope: {clusterIds: ["cl-food"]}) ${SLICE}
      m: subgraph(scope: {clusterIds: ["cl-food"]}, relationshipTypes: [MEMBER_OF, SUPPLIES]) ${SLICE}
      cut: subgraph(scope: {clusterIds: ["cl-auto", "cl-chem"]}, limit: 50) ${SLICE}
    }`);
    expect(r.errors).toBeUndefined();
    const s = r.data?.s;
    if (s === undefined) throw new Error('no slice');
    expectConsistent(s);
    expect(s.truncated).toBe(false);
    expect(s.nodes).toHaveLength(113);
    expect(s.nodes.every((n) => n.clusterIds.includes('cl-food'))).toBe(true);
    expect(s.edges.length).toBeGreaterThan(400);
    const m = r.data?.m;
    expect(m?.nodes.find((n) => n.id === 'cl-food')?.label).toBe('CLUSTER');
    expect(m?.edges.filter((e) => e.type === 'MEMBER_OF')).toHaveLength(113);
    const cut = r.data?.cut;
    if (cut === undefined) throw new Error('no slice');
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(50);
    expectConsistent(cut);
    // The best-connected are kept: both clusters' hub firms.
    expect(cut.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org-auto-lead-1', 'org-chem-lead-1']));
  });

  it('scopes a subgraph by region and by alliance', async () => {
    const r = await t.gql<{ region: Slice; alliance: Slice }>(`{
      region: subgraph(scope: {regionIds: ["xb"]}, limit: 2000) ${SLICE}
      alliance: subgraph(scope: {allianceId: "all-life-sciences"}, relationshipTypes: [PARTY_TO, COLLABORATES_WITH]) ${SLICE}
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.region.nodes.length).toBeGreaterThan(400);
    const a = r.data?.alliance;
    expect(a?.nodes.find((n) => n.id === 'all-life-sciences')?.label).toBe('ALLIANCE');
    expect(a?.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org-pharma-lead-1', 'org-ext-res-2']));
  });

  it('answers a slice that reads fewer fields with the same nodes and edges, through fragments and aliases', async () => {
    // The service leaves out memberships and edge details nobody reads; what is read must not change.
    const full = await t.gql<{ n: Slice; s: Slice }>(`{
      n: neighborhood(id: "org-chem-lead-1", depth: 2, limit: 60, asOf: 2020) ${SLICE}
      s: subgraph(scope: {clusterIds: ["cl-food"], asOf: 2020}, relationshipTypes: [MEMBER_OF, SUPPLIES]) ${SLICE}
    }`);
    const lean = await t.gql<{ n: Slice; s: Slice }>(`{
      n: neighborhood(id: "org-chem-lead-1", depth: 2, limit: 60, asOf: 2020) { truncated nodes { id label depth degree } edges { id source target type kind directed } }
      s: subgraph(scope: {clusterIds: ["cl-food"], asOf: 2020}, relationshipTypes: [MEMBER_OF, SUPPLIES]) { ...parts }
    }
    fragment parts on GraphSlice { truncated nodes { ...node } edges { ... on GraphEdge { id source target type kind years: since until } } }
    fragment node on GraphNode { id label name kind memberOf: clusterIds depth degree }`);
    expect(full.errors).toBeUndefined();
    expect(lean.errors).toBeUndefined();
    const f = full.data;
    const l = lean.data;
    if (f === undefined || f === null || l === undefined || l === null) throw new Error('no data');
    expect(l.n.truncated).toBe(f.n.truncated);
    expect(l.n.nodes).toEqual(f.n.nodes.map((n) => ({ id: n.id, label: n.label, depth: n.depth, degree: n.degree })));
    const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(l.n.edges)).toEqual(byId(f.n.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, kind: e.kind, directed: e.directed }))));
    // Memberships and years are still there when a fragment (even under an alias) asks for them.
    const sNodes = l.s.nodes as unknown as (Omit<Node, 'clusterIds'> & { memberOf: string[] })[];
    expect(sNodes).toEqual(f.s.nodes.map(({ clusterIds, ...n }) => ({ ...n, memberOf: clusterIds })));
    expect(sNodes.filter((n) => n.label === 'ORGANIZATION').every((n) => n.memberOf.includes('cl-food'))).toBe(true);
    const sEdges = l.s.edges as unknown as { id: string; years: number | null; until: number | null }[];
    expect(byId(sEdges)).toEqual(byId(f.s.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, kind: e.kind, years: e.since, until: e.until }))));
    expect(sEdges.some((e) => e.years !== null)).toBe(true);
  });

  it('serves the cluster network and slices from their caches only until the graph changes: at once for its own writes', async () => {
    type Net = { clusterNetwork: { edges: { id: string; supplies: number; weight: number }[] } };
    type Nb = { neighborhood: Slice };
    const query = '{ clusterNetwork { edges { id supplies weight } } }';
    const nbQuery = `{ neighborhood(id: "org-food-lead-1", depth: 1, relationshipTypes: [SUPPLIES]) ${SLICE} }`;
    const foodTextile = (r: { data?: Net | null }) => r.data?.clusterNetwork.edges.find((e) => e.id === 'cl-food:cl-textile')?.supplies ?? 0;
    const hasTextileLead = (r: { data?: Nb | null }) => r.data?.neighborhood.nodes.some((n) => n.id === 'org-textile-lead-1') ?? false;
    // A long stamp reuse, so that only the write itself can make the next read see the change.
    const own = await startTestApp({ ATLAS_GRAPH_STAMP_TTL_MS: '60000' });
    try {
      const before = foodTextile(await own.gql<Net>(query));
      expect(hasTextileLead(await own.gql<Nb>(nbQuery))).toBe(false);
      expect(foodTextile(await own.gql<Net>(query))).toBe(before);
      const add = await own.gql('mutation { upsertRelationship(input: {sourceId: "org-food-lead-1", targetId: "org-textile-lead-1", type: SUPPLIES, since: 2020}) { created } }', {}, TEST_KEYS.editor);
      expect(add.errors).toBeUndefined();
      expect(foodTextile(await own.gql<Net>(query))).toBe(before + 1);
      expect(hasTextileLead(await own.gql<Nb>(nbQuery))).toBe(true);
      const del = await own.gql('mutation { deleteRelationship(sourceId: "org-food-lead-1", targetId: "org-textile-lead-1", type: SUPPLIES) { deleted } }', {}, TEST_KEYS.editor);
      expect(del.errors).toBeUndefined();
      expect(foodTextile(await own.gql<Net>(query))).toBe(before);
      expect(hasTextileLead(await own.gql<Nb>(nbQuery))).toBe(false);
    } finally {
      await own.close();
    }
  });

  it('sees a write by another process on the next read with a stamp TTL of 0, and within the TTL otherwise', async () => {
    type Nb = { neighborhood: Slice };
    const nbQuery = `{ neighborhood(id: "org-food-lead-1", depth: 1, relationshipTypes: [SUPPLIES]) ${SLICE} }`;
    const hasTextileLead = (r: { data?: Nb | null }) => r.data?.neighborhood.nodes.some((n) => n.id === 'org-textile-lead-1') ?? false;
    const exact = await startTestApp({ ATLAS_GRAPH_STAMP_TTL_MS: '0' });
    const ttl = await startTestApp({ ATLAS_GRAPH_STAMP_TTL_MS: '1500' });
    const writer = await startTestApp();
    try {
      expect(hasTextileLead(await exact.gql<Nb>(nbQuery))).toBe(false);
      expect(hasTextileLead(await ttl.gql<Nb>(nbQuery))).toBe(false);
      const add = await writer.gql('mutation { upsertRelationship(input: {sourceId: "org-food-lead-1", targetId: "org-textile-lead-1", type: SUPPLIES, since: 2020}) { created } }', {}, TEST_KEYS.editor);
      expect(add.errors).toBeUndefined();
      const written = performance.now();
      expect(hasTextileLead(await exact.gql<Nb>(nbQuery))).toBe(true);
      // The TTL server may answer from its cache until its stamp read is 1.5 s old, not after.
      let seen = hasTextileLead(await ttl.gql<Nb>(nbQuery));
      while (!seen && performance.now() - written < 1_600) {
        await new Promise((r) => setTimeout(r, 100));
        seen = hasTextileLead(await ttl.gql<Nb>(nbQuery));
      }
      expect(seen).toBe(true);
      const del = await writer.gql('mutation { deleteRelationship(sourceId: "org-food-lead-1", targetId: "org-textile-lead-1", type: SUPPLIES) { deleted } }', {}, TEST_KEYS.editor);
      expect(del.errors).toBeUndefined();
      expect(hasTextileLead(await exact.gql<Nb>(nbQuery))).toBe(false);
    } finally {
      await Promise.all([exact.close(), ttl.close(), writer.close()]);
    }
  });

  it('finds the shortest paths between firms of two specialised clusters, all through a broker', async () => {
    const r = await t.gql<{ shortestPaths: { length: number; nodes: Node[]; edges: Edge[] }[] }>(
      `{ shortestPaths(from: "org-food-lead-1", to: "org-textile-lead-1", k: 5, maxLength: 6) { length nodes { id clusterIds } edges { id source target type } } }`,
    );
    const paths = r.data?.shortestPaths ?? [];
    expect(paths).toHaveLength(5);
    const keys = new Set<string>();
    for (const p of paths) {
      expect(p.length).toBe(4);
      expect(p.nodes[0]?.id).toBe('org-food-lead-1');
      expect(p.nodes.at(-1)?.id).toBe('org-textile-lead-1');
      expect(p.edges).toHaveLength(p.nodes.length - 1);
      // edges[i] joins nodes[i] and nodes[i+1], in either stored direction.
      p.edges.forEach((e, i) => {
        expect([e.source, e.target].sort()).toEqual([p.nodes[i]?.id, p.nodes[i + 1]?.id].sort());
      });
      expect(p.nodes.slice(1, -1).some((n) => BROKERS.includes(n.id))).toBe(true);
      keys.add(p.nodes.map((n) => n.id).join('>'));
    }
    expect(keys.size).toBe(5);
  });

  it('returns no path when maxLength is too short, and checks its arguments', async () => {
    const none = await t.gql<{ shortestPaths: unknown[] }>('{ shortestPaths(from: "org-food-lead-1", to: "org-textile-lead-1", maxLength: 2) { length } }');
    expect(none.data?.shortestPaths).toEqual([]);
    for (const q of [
      '{ shortestPaths(from: "org-food-lead-1", to: "org-textile-lead-1", maxLength: 7) { length } }',
      '{ shortestPaths(from: "org-food-lead-1", to: "org-textile-lead-1", k: 6) { length } }',
      '{ shortestPaths(from: "org-food-lead-1", to: "org-food-lead-1") { length } }',
    ]) {
      expect(code(await t.gql(q)), q).toBe('BAD_USER_INPUT');
    }
    expect(code(await t.gql('{ shortestPaths(from: "org-food-lead-1", to: "nobody") { length } }'))).toBe('NOT_FOUND');
  });

  it('builds the cluster network: shared alliances and member ties as separate components of the weight', async () => {
    const r = await t.gql<{
      clusterNetwork: {
        nodes: { id: string; memberCount: number; cluster: { name: string } }[];
        edges: { id: string; source: string; target: string; ties: number; supplies: number; collaborations: number; investments: number; sharedAlliances: number; allianceIds: string[]; weight: number }[];
      };
    }>('{ clusterNetwork { nodes { id memberCount cluster { name } } edges { id source target ties supplies collaborations investments sharedAlliances allianceIds weight } } }');
    const net = r.data?.clusterNetwork;
    if (net === undefined) throw new Error(JSON.stringify(r.errors));
    expect(net.nodes).toHaveLength(10);
    expect(net.nodes.find((n) => n.id === 'cl-auto')?.memberCount).toBe(178);
    const autoEnergy = net.edges.find((e) => e.id === 'cl-auto:cl-energy');
    expect(autoEnergy?.sharedAlliances).toBe(4);
    expect(autoEnergy?.allianceIds).toContain('all-green-mobility');
    for (const e of net.edges) {
      expect(e.weight).toBe(e.ties + e.sharedAlliances);
      expect(e.ties).toBe(e.supplies + e.collaborations + e.investments);
      expect(e.source < e.target).toBe(true);
    }
    // Specialised clusters are almost closed: food and textiles have no alliance and few outside ties.
    const foodTextile = net.edges.find((e) => e.id === 'cl-food:cl-textile');
    expect(foodTextile === undefined || foodTextile.sharedAlliances === 0).toBe(true);
  });

  it('filters the cluster network, applies minWeight and asOf', async () => {
    const r = await t.gql<{ xa: { nodes: { id: string }[] }; heavy: { edges: { weight: number }[] }; all: { edges: unknown[] }; y2012: { edges: { weight: number }[] }; y2025: { edges: { weight: number }[] } }>(`{
      xa: clusterNetwork(filter: {regionIds: ["xa"]}) { nodes { id } }
      heavy: clusterNetwork(minWeight: 50) { edges { weight } }
      all: clusterNetwork { edges { weight } }
      y2012: clusterNetwork(asOf: 2012) { edges { weight } }
      y2025: clusterNetwork(asOf: 2025) { edges { weight } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.xa.nodes.map((n) => n.id).sort()).toEqual(['cl-aero', 'cl-auto', 'cl-energy', 'cl-food', 'cl-ict', 'cl-logistics']);
    expect(r.data?.heavy.edges.every((e) => e.weight >= 50)).toBe(true);
    expect(r.data?.heavy.edges.length).toBeLessThan(r.data?.all.edges.length ?? 0);
    const total = (es: { weight: number }[] | undefined) => (es ?? []).reduce((a, e) => a + e.weight, 0);
    expect(total(r.data?.y2012.edges)).toBeLessThan(total(r.data?.y2025.edges));
  });
});
