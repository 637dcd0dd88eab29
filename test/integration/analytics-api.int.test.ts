/**
 * The network analytics through the GraphQL API (HTTP, real Neo4j, demo data): hub firms, the
 * brokers, batched organisation measures, communities, what-if, errors, cost limit, write-back
 * access. The cluster-level fields are in analytics-api-clusters.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDemoApp, startTestApp, TEST_KEYS, type TestApp } from './support/app.ts';
import { expectData } from './support/finite.ts';


let t: TestApp;
const BROKERS = ['org-uni-broker-1', 'org-res-broker-1', 'org-log-broker-1'];

beforeAll(async () => {
  t = await startDemoApp();
});

afterAll(async () => {
  await t?.close();
});

const ok = <T,>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => expectData<T>(t, query, variables, token);

async function codes(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<(string | undefined)[]> {
  const r = await t.gql(query, variables, token);
  return (r.errors ?? []).map((e) => e.extensions?.code);
}

describe('hub firms and node measures through the API', () => {
  it('ranks org-auto-lead-1 first in cl-auto with a hub role, with the numbers behind the rank', async () => {
    for (const rankBy of ['COMPOSITE', 'PAGERANK', 'DEGREE']) {
      const d = await ok<{ hubFirms: { rankBy: string; compositeFormula: string; candidates: number; betweenness: { method: string; errorBound: number }; firms: { rank: number; organizationId: string; organization: { id: string; kind: string } | null; role: string; score: number; composite: number; pagerank: number; degree: number; z: number }[] } }>(
        `query($rankBy: HubRanking) { hubFirms(scope: { clusterIds: ["cl-auto"] }, rankBy: $rankBy, limit: 5) {
           rankBy compositeFormula candidates betweenness { method samples errorBound confidence }
           firms { rank organizationId organization { id name kind } name kind clusterIds score pagerank betweenness degree participation z role composite } } }`,
        { rankBy },
      );
      const first = d.hubFirms.firms[0];
      expect(first?.organizationId).toBe('org-auto-lead-1');
      expect(first?.organization?.id).toBe('org-auto-lead-1');
      expect(first?.role).toMatch(/_HUB$/);
      expect(first?.rank).toBe(1);
      expect(d.hubFirms.firms).toHaveLength(5);
      expect(d.hubFirms.compositeFormula).toMatch(/PageRank/);
      expect(d.hubFirms.betweenness).toEqual({ method: 'EXACT', samples: expect.any(Number), errorBound: 0, confidence: 1 });
    }
  });

  it('filters hub firms by role and kind', async () => {
    const d = await ok<{ hubFirms: { firms: { role: string; kind: string }[] } }>(
      `{ hubFirms(scope: { all: true }, rankBy: PARTICIPATION, kinds: [UNIVERSITY, RESEARCH], roles: [NON_HUB_CONNECTOR, CONNECTOR_HUB], limit: 10) { firms { organizationId role kind } } }`,
    );
    expect(d.hubFirms.firms.length).toBeGreaterThan(0);
    for (const f of d.hubFirms.firms) {
      expect(['UNIVERSITY', 'RESEARCH']).toContain(f.kind);
      expect(['NON_HUB_CONNECTOR', 'CONNECTOR_HUB']).toContain(f.role);
    }
  });

  it('filters hub firms by sector and by region (sub-regions included) after ranking the whole scope', async () => {
    type Firms = { hubFirms: { candidates: number; firms: { organizationId: string; rank: number; composite: number; organization: { sector: string | null; region: { id: string } | null } | null }[] } };
    // Two clusters' 328 organisations: the whole ranking fits in one answer.
    const scope = '{ clusterIds: ["cl-auto", "cl-chem"] }';
    const all = await ok<Firms>(`{ hubFirms(scope: ${scope}, limit: 1000) { candidates firms { organizationId rank composite organization { sector region { id } } } } }`);
    expect(all.hubFirms.firms).toHaveLength(all.hubFirms.candidates);
    const bySector = await ok<Firms>(`{ hubFirms(scope: ${scope}, sectors: ["C29"], limit: 1000) { candidates firms { organizationId rank composite organization { sector region { id } } } } }`);
    const expected = all.hubFirms.firms.filter((f) => f.organization?.sector === 'C29');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.hubFirms.firms.length);
    expect(bySector.hubFirms.candidates).toBe(expected.length);
    // Same measures as the unfiltered ranking (the network is the whole scope), ranks renumbered.
    expect(bySector.hubFirms.firms.map((f) => [f.organizationId, f.composite])).toEqual(expected.map((f) => [f.organizationId, f.composite]));
    expect(bySector.hubFirms.firms.map((f) => f.rank)).toEqual(expected.map((_, i) => i + 1));
    // A country includes its NUTS2 regions.
    const byCountry = await ok<Firms>(`{ hubFirms(scope: { all: true }, regionIds: ["xa"], limit: 1000) { candidates firms { organizationId organization { region { id } } } } }`);
    expect(byCountry.hubFirms.candidates).toBeGreaterThan(0);
    for (const f of byCountry.hubFirms.firms) expect(f.organization?.region?.id === 'xa' || f.organization?.region?.id.startsWith('xa-')).toBe(true);
    const byRegion = await ok<Firms>(`{ hubFirms(scope: { all: true }, regionIds: ["xa-central"], limit: 1000) { candidates } }`);
    expect(byRegion.hubFirms.candidates).toBeGreaterThan(0);
    expect(byRegion.hubFirms.candidates).toBeLessThan(byCountry.hubFirms.candidates);
    expect(await codes(`{ hubFirms(scope: { all: true }, regionIds: ["nowhere"]) { candidates } }`)).toEqual(['NOT_FOUND']);
  });

  it('gives the three brokers high participation and betweenness', async () => {
    const d = await ok<{ networkMeasures: { totalCount: number; computation: { betweenness: { method: string } }; organizations: { organizationId: string }[] } }>(
      `{ networkMeasures(scope: { all: true }, orderBy: BETWEENNESS, limit: 15) {
           totalCount computation { graphVersion modularity eigenvectorConverged network { nodes edges directed types } betweenness { method errorBound } }
           organizations { organizationId betweenness } } }`,
    );
    expect(d.networkMeasures.computation.betweenness.method).toBe('EXACT');
    const top = d.networkMeasures.organizations.map((o) => o.organizationId);
    for (const id of BROKERS) expect(top).toContain(id);
    for (const id of BROKERS) {
      const m = await ok<{ organization: { measures: { participation: number; role: string; betweenness: number; brokerage: { liaison: number; total: number } } } }>(
        `query($id: ID!) { organization(id: $id) { measures(scope: { all: true }) { participation role betweenness brokerage { liaison total } } } }`,
        { id },
      );
      expect(m.organization.measures.participation).toBeGreaterThan(0.62);
      // A role across clusters (connector or kinless), never a peripheral or provincial one.
      expect(m.organization.measures.role).toMatch(/CONNECTOR|KINLESS/);
      expect(m.organization.measures.brokerage.liaison).toBeGreaterThan(0);
    }
  });

  it('computes the measures of a list of organisations once for the request', async () => {
    const spy = vi.spyOn(t.app.services.analytics, 'graphVersion');
    const d = await ok<{ organizations: { edges: { node: { id: string; measures: { organizationId: string; computation: { computeMs: number } } | null } }[] } }>(
      `{ organizations(first: 50, filter: { clusterIds: ["cl-chem"] }) { edges { node { id
           measures(scope: { clusterIds: ["cl-chem"] }, network: { weighting: WEIGHT }) {
             organizationId degree inDegree outDegree strength degreeCentrality betweenness closeness harmonic eigenvector pagerank
             clustering constraint effectiveSize z participation role community brokerage { coordinator itinerant representative gatekeeper liaison total }
             computation { computeMs betweenness { method } } } } } } }`,
    );
    const calls = spy.mock.calls.length;
    spy.mockRestore();
    const rows = d.organizations.edges.map((e) => e.node);
    expect(rows.length).toBe(50);
    for (const r of rows) expect(r.measures?.organizationId).toBe(r.id);
    expect(new Set(rows.map((r) => r.measures?.computation.computeMs)).size).toBe(1);
    expect(calls).toBe(1);
  });

  it('answers null measures for an organisation outside the scope', async () => {
    const d = await ok<{ organization: { measures: unknown } }>(`{ organization(id: "org-auto-lead-1") { measures(scope: { clusterIds: ["cl-food"] }) { degree } } }`);
    expect(d.organization.measures).toBeNull();
  });
});

describe('communities and what-if through the API', () => {
  it('detects communities with modularity above 0.3 and ARI and NMI in 0..1', async () => {
    const d = await ok<{ communities: { count: number; modularity: number; declaredModularity: number; adjustedRandIndex: number; normalizedMutualInformation: number; communities: { size: number; dominantCluster: { id: string } | null }[] } }>(
      `{ communities(scope: { all: true }, seed: 1) { count modularity declaredModularity adjustedRandIndex normalizedMutualInformation comparedOrganizations
           communities { id size dominantClusterId dominantShare dominantCluster { id name } } } }`,
    );
    const c = d.communities;
    expect(c.modularity).toBeGreaterThan(0.3);
    for (const x of [c.adjustedRandIndex, c.normalizedMutualInformation]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(c.communities).toHaveLength(c.count);
    expect(c.communities[0]?.dominantCluster?.id).toMatch(/^cl-/);
  });

  it('shows that removing the three brokers reduces inter-cluster links, and whose measures change most', async () => {
    const d = await ok<{ whatIf: { removed: string[]; unknownIds: string[]; before: { interClusterTies: number; nodes: number; largestComponentSize: number }; after: { interClusterTies: number; nodes: number; largestComponentSize: number }; interClusterLinks: { before: number; after: number }[]; impacts: { organizationId: string; changes: { measure: string; change: number; before: number; after: number }[] }[] } }>(
      `query($remove: [ID!]!) { whatIf(remove: $remove, scope: { all: true }) {
           graphVersion removed unknownIds
           before { nodes edges density components largestComponentSize largestComponentShare averagePathLength averageClustering degreeCentralization interClusterTies }
           after { nodes edges density components largestComponentSize largestComponentShare averagePathLength averageClustering degreeCentralization interClusterTies }
           interClusterLinks { source target before after }
           clusters { clusterId membersBefore membersAfter internalTiesBefore internalTiesAfter largestComponentShareBefore largestComponentShareAfter }
           impacts(rankBy: BETWEENNESS, limit: 5) { organizationId name organization { id } changes { measure before after change } } } }`,
      { remove: [...BROKERS, 'org-none'] },
    );
    const w = d.whatIf;
    expect(w.unknownIds).toEqual(['org-none']);
    expect([...w.removed].sort()).toEqual([...BROKERS].sort());
    expect(w.after.nodes).toBe(w.before.nodes - 3);
    expect(w.after.interClusterTies).toBeLessThan(w.before.interClusterTies);
    expect(w.interClusterLinks[0]?.after).toBeLessThan(w.interClusterLinks[0]?.before ?? 0);
    expect(w.impacts).toHaveLength(5);
    for (const i of w.impacts) {
      expect(BROKERS).not.toContain(i.organizationId);
      expect(i.changes.map((c) => c.measure)).toEqual(['DEGREE', 'BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'PAGERANK']);
      for (const c of i.changes) expect(c.change).toBeCloseTo(c.after - c.before, 12);
    }
    const sizes = w.impacts.map((i) => Math.abs(i.changes[1]?.change ?? 0));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('lists running computations (none once answered)', async () => {
    const d = await ok<{ analyticsComputations: unknown[] }>(`{ analyticsComputations { kind runningMs waiters phase done total } }`);
    expect(Array.isArray(d.analyticsComputations)).toBe(true);
  });
});

describe('analytics errors and limits', () => {
  it('rejects scopes without criteria or mixing all with criteria as BAD_USER_INPUT', async () => {
    expect(await codes(`{ hubFirms(scope: {}) { candidates } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ communities(scope: { all: true, clusterIds: ["cl-auto"] }) { count } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ networkMeasures(scope: { all: true }, limit: 0) { totalCount } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ whatIf(remove: [], scope: { all: true }) { removed } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ hubFirms(scope: { all: true }, network: { asOf: 3000 }) { candidates } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await codes(`{ hubFirms(scope: { all: true }, network: { types: [] }) { candidates } }`)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for an unknown cluster in a scope', async () => {
    expect(await codes(`{ hubFirms(scope: { clusterIds: ["cl-nowhere"] }) { candidates } }`)).toEqual(['NOT_FOUND']);
  });

  it('refuses a heavy field above the cost limit with QUERY_TOO_COMPLEX, before computing', async () => {
    const small = await startTestApp({ ATLAS_MAX_COST: '400' });
    try {
      const r = await small.gql(`{ whatIf(remove: ["org-uni-broker-1"], scope: { all: true }) { removed } }`);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.errors?.[0]?.extensions?.['cost']).toBeGreaterThanOrEqual(500);
    } finally {
      await small.close();
    }
    // 101 organisations × measures 100 each exceed the default limit of 10,000.
    expect(await codes(`{ organizations(first: 101) { edges { node { measures(scope: { all: true }) { degree } } } } }`)).toContain('QUERY_TOO_COMPLEX');
  });

  it('lets only admins write measures back', async () => {
    expect(await codes(`mutation { writeBackMeasures(scope: { all: true }) { written } }`, {}, TEST_KEYS.viewer)).toEqual(['FORBIDDEN']);
    expect(await codes(`mutation { writeBackMeasures(scope: { all: true }) { written } }`, {}, TEST_KEYS.editor)).toEqual(['FORBIDDEN']);
    const d = await ok<{ writeBackMeasures: { written: number; properties: string[] } }>(
      `mutation { writeBackMeasures(scope: { clusterIds: ["cl-food"] }) { written properties graphVersion } }`,
      {},
      TEST_KEYS.admin,
    );
    expect(d.writeBackMeasures.written).toBeGreaterThan(0);
    expect(d.writeBackMeasures.properties).toContain('m_pagerank');
  });
});
