/**
 * The cluster analytics through the GraphQL API (HTTP, real Neo4j, demo data): the designed
 * strategies are found by `Cluster.strategy`; the scorecard's six channels, coverage and
 * overridable weights; the checklist, cooperation, report, comparison and link intensity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type TestApp } from './support/app.ts';
import { expectData } from './support/finite.ts';
import { DESIGNED_STRATEGIES } from './support/demo-design.ts';


let t: TestApp;

beforeAll(async () => {
  t = await startDemoApp();
});

afterAll(async () => {
  await t?.close();
});

const ok = <T,>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => expectData<T>(t, query, variables, token);


const SCORECARD = `clusterId normalisation composite rank digitalisation coverage
  channels { channel score weight coverage indicators { key label higherIsBetter value normalised weight coverage } }`;

interface Card {
  composite: number | null;
  coverage: number;
  channels: { channel: string; score: number | null; weight: number; coverage: number; indicators: { key: string; weight: number; coverage: number }[] }[];
}

describe('cluster strategies through the API', () => {
  it.each(Object.entries(DESIGNED_STRATEGIES))('finds the designed strategy of %s (%s) via Cluster.strategy', async (id, strategy) => {
    const d = await ok<{ cluster: { strategy: { dominant: string; leading: string; margin: number; mixedMargin: number; scores: { strategy: string; score: number; evidence: { contribution: number }[] }[] } } }>(
      `query($id: ID!) { cluster(id: $id) { strategy { clusterId dominant leading margin mixedMargin
         scores { strategy score formula evidence { measure value score weight contribution } } } } }`,
      { id },
    );
    const s = d.cluster.strategy;
    expect(s.dominant).toBe(strategy);
    expect(s.scores.map((x) => x.strategy)).toEqual(['SPECIALISATION', 'HUBBING', 'INTEGRATION']);
    for (const x of s.scores) {
      expect(x.score).toBeGreaterThanOrEqual(0);
      expect(x.score).toBeLessThanOrEqual(1);
      expect(x.evidence.reduce((sum, e) => sum + e.contribution, 0)).toBeCloseTo(x.score, 12);
    }
  });

  it('answers MIXED when the margin asked exceeds the gap between the top two', async () => {
    const d = await ok<{ cluster: { strategy: { dominant: string; leading: string } } }>(`{ cluster(id: "cl-auto") { strategy(mixedMargin: 1) { dominant leading } } }`);
    expect(d.cluster.strategy).toEqual({ dominant: 'MIXED', leading: 'INTEGRATION' });
  });
});

describe('the scorecard through the API', () => {
  it('has six channels plus digitalisation, each with coverage in 0..1 and visible weights', async () => {
    const d = await ok<{ cluster: { scorecard: Card } }>(`{ cluster(id: "cl-aero") { scorecard { ${SCORECARD} } } }`);
    const card = d.cluster.scorecard;
    const weighted = card.channels.filter((c) => c.weight > 0);
    expect(weighted).toHaveLength(6);
    expect(card.channels.find((c) => c.channel === 'DIGITALISATION')?.weight).toBe(0);
    for (const c of card.channels) {
      expect(c.coverage).toBeGreaterThanOrEqual(0);
      expect(c.coverage).toBeLessThanOrEqual(1);
      expect(c.indicators.length).toBeGreaterThan(0);
      for (const i of c.indicators) expect(i.weight).toBe(1);
    }
    expect(card.coverage).toBeGreaterThanOrEqual(0);
    expect(card.coverage).toBeLessThanOrEqual(1);
  });

  it('takes weights per request: changing a weight changes the composite and shows the new weight', async () => {
    const query = `query($w: ScorecardWeightsInput) { cluster(id: "cl-food") { scorecard(weights: $w) { ${SCORECARD} } } }`;
    const base = (await ok<{ cluster: { scorecard: Card } }>(query)).cluster.scorecard;
    const w = { channels: [{ channel: 'ENVIRONMENT', weight: 5 }], indicators: [{ key: 'rdIntensity', weight: 0 }] };
    const changed = (await ok<{ cluster: { scorecard: Card } }>(query, { w })).cluster.scorecard;
    expect(changed.composite).not.toBeCloseTo(base.composite ?? 0, 6);
    expect(changed.channels.find((c) => c.channel === 'ENVIRONMENT')?.weight).toBe(5);
    const innovation = changed.channels.find((c) => c.channel === 'ECONOMIC_GROWTH_INNOVATION');
    expect(innovation?.indicators.find((i) => i.key === 'rdIntensity')?.weight).toBe(0);
  });

  it('rejects unknown indicators, negative and duplicate weights as BAD_USER_INPUT', async () => {
    for (const w of [
      { indicators: [{ key: 'noSuchIndicator', weight: 1 }] },
      { channels: [{ channel: 'ENVIRONMENT', weight: -1 }] },
      { channels: [{ channel: 'ENVIRONMENT', weight: 1 }, { channel: 'ENVIRONMENT', weight: 2 }] },
    ]) {
      const r = await t.gql(`query($w: ScorecardWeightsInput) { cluster(id: "cl-food") { scorecard(weights: $w) { composite } } }`, { w });
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('normalises against the clusters asked, with the cluster itself always included', async () => {
    const d = await ok<{ cluster: { scorecard: { rank: number; normalisation: string } } }>(
      `{ cluster(id: "cl-food") { scorecard(against: ["cl-auto"], normalisation: Z_SCORE) { rank normalisation composite } } }`,
    );
    expect([1, 2]).toContain(d.cluster.scorecard.rank);
    expect(d.cluster.scorecard.normalisation).toBe('Z_SCORE');
  });
});

describe('cooperation, checklist, comparison and link intensity through the API', () => {
  it('gives every cooperation measure and the five-item checklist of a cluster', async () => {
    const d = await ok<{ cluster: { cooperation: { size: { members: number; byKind: { kind: string }[] }; internalTies: number; externalTies: number; eiIndex: number; leader: { organization: { id: string } | null }; links: { target: string }[] }; checklist: { factor: string }[] } }>(
      `{ cluster(id: "cl-aero") {
         cooperation { clusterId size { members firms institutions employees employeesCoverage byKind { kind count } }
           internalTies density averageClustering components largestComponentSize largestComponentShare averagePathLength
           degreeCentralization betweennessCentralization externalTies eiIndex
           geography { local neighbour domestic international unknown localShare neighbourShare nonLocalShare internationalShare }
           centrePartnerShare otherClusterShare crossSectorShare crossSectorExternalShare academiaTiedFirmShare
           tripleHelix { industryAcademia industryGovernment academiaGovernment balance }
           supplierLocalisation { share basis ties } leader { organizationId organization { id } internalDegree share }
           resilience { k removed before after } sectorConcentration { employmentHhi countHhi sectors coverage }
           crossClusterAlliances links { source target ties value sharedAlliances density weight } }
         checklist { factor met count secondary evidence organizationIds } } }`,
    );
    const co = d.cluster.cooperation;
    expect(co.size.members).toBe(152);
    expect(co.internalTies).toBe(284);
    expect(co.externalTies).toBe(577);
    expect(co.eiIndex).toBeCloseTo(0.34, 2);
    expect(co.size.byKind).toHaveLength(7);
    expect(co.leader.organization?.id).toMatch(/^org-/);
    expect(co.links.length).toBeGreaterThan(0);
    expect(d.cluster.checklist.map((c) => c.factor)).toEqual([
      'LEADING_ENTERPRISES',
      'HUMAN_RESOURCES',
      'INNOVATION_INFRASTRUCTURE',
      'PUBLIC_PRIVATE_PARTNERSHIP',
      'STATE_SUPPORT',
    ]);
  });

  it('compares every cluster asked, in order, with the weights in force', async () => {
    const ids = ['cl-food', 'cl-auto', 'cl-aero', 'cl-ict'];
    const d = await ok<{ compareClusters: { clusterIds: string[]; weights: { channels: { channel: string; weight: number }[]; indicators: unknown[] }; reports: { clusterId: string; cluster: { id: string }; scorecard: { rank: number }; strategy: { dominant: string }; checklist: unknown[] }[]; links: unknown[] } }>(
      `query($ids: [ID!]!) { compareClusters(ids: $ids, weights: { channels: [{ channel: DIGITALISATION, weight: 1 }] }) {
         clusterIds normalisation weights { channels { channel weight } indicators { key weight } }
         reports { clusterId name cluster { id name } strategy { dominant } scorecard { rank composite digitalisation } checklist { factor met } cooperation { eiIndex } }
         links { source target ties weight density } } }`,
      { ids },
    );
    const cmp = d.compareClusters;
    expect(cmp.reports.map((r) => r.clusterId)).toEqual(ids);
    expect(cmp.reports.map((r) => r.cluster.id)).toEqual(ids);
    expect(cmp.reports.map((r) => r.scorecard.rank).sort()).toEqual([1, 2, 3, 4]);
    expect(cmp.weights.channels.find((c) => c.channel === 'DIGITALISATION')?.weight).toBe(1);
    expect(cmp.reports.map((r) => r.strategy.dominant)).toEqual(['SPECIALISATION', 'INTEGRATION', 'HUBBING', 'HUBBING']);
    const unknown = await t.gql(`{ compareClusters(ids: ["cl-food", "cl-nowhere"]) { clusterIds } }`);
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('reports a whole cluster at once and draws the link-intensity network', async () => {
    const d = await ok<{ cluster: { report: { clusterId: string; strategy: { dominant: string }; checklist: unknown[] } }; clusterLinkIntensity: { clusters: { id: string; cluster: { id: string } }[]; links: { source: string; target: string; sharedAlliances: number; density: number }[] } }>(
      `{ cluster(id: "cl-pharma") { report(resilienceK: 2) { clusterId name strategy { dominant } scorecard { composite } checklist { factor } cooperation { resilience { k } } } }
         clusterLinkIntensity { graphVersion clusters { id name members internalTies externalTies strategy cluster { id } } links { source target ties value sharedAlliances density weight } } }`,
    );
    expect(d.cluster.report.strategy.dominant).toBe('HUBBING');
    expect(d.clusterLinkIntensity.clusters).toHaveLength(10);
    const autoChem = d.clusterLinkIntensity.links.find((l) => [l.source, l.target].sort().join() === 'cl-auto,cl-chem');
    expect(autoChem?.sharedAlliances).toBe(3);
    for (const l of d.clusterLinkIntensity.links) expect(l.density).toBeGreaterThanOrEqual(0);
  });

  it('ranks every cluster of a list 1..n: all normalised on one shared comparison', async () => {
    const d = await ok<{ clusters: { edges: { node: { id: string; strategy: { dominant: string }; scorecard: { rank: number } } }[] } }>(
      `{ clusters(first: 20) { edges { node { id strategy { dominant } scorecard { rank } } } } }`,
    );
    const ranks = d.clusters.edges.map((e) => e.node.scorecard.rank).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: ranks.length }, (_, i) => i + 1));
  });
});
