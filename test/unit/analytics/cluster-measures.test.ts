import { describe, expect, it } from 'vitest';
import {
  assessStrategy,
  checklist,
  clusterContext,
  compareClusters,
  cooperation,
  dominantOf,
  linkMatrix,
  linksFrom,
  normalise,
  normalisedEntropy,
  rawIndicators,
  scorecards,
  type StrategyScore,
} from '../../../server/algorithms/cluster/index.ts';
import { finiteEverywhere, handWorked, network, org } from './network-fixture.ts';

const A = 0;

describe('cooperation measures of a small cluster worked by hand', () => {
  const ctx = clusterContext(handWorked());
  const co = cooperation(ctx, A, linkMatrix(ctx), { resilienceK: 1 });

  it('counts members by kind', () => {
    expect(co.size.members).toBe(4);
    expect(co.size.firms).toBe(3);
    expect(co.size.institutions).toBe(1);
    expect(co.size.byKind.find((k) => k.kind === 'UNIVERSITY')?.count).toBe(1);
    expect(co.size.employees).toBe(200);
  });

  it('computes cohesion of the internal network', () => {
    // Internal pairs a1-a2, a1-a3, a2-a3, a1-u: 4 of 6 possible.
    expect(co.internalTies).toBe(4);
    expect(co.density).toBeCloseTo(4 / 6, 12);
    // Local clustering: a1 1/3 (one of three neighbour pairs tied), a2 1, a3 1, u 0 → 7/12.
    expect(co.averageClustering).toBeCloseTo(7 / 12, 12);
    expect(co.components).toBe(1);
    expect(co.largestComponentShare).toBe(1);
    // Distances: five pairs at 1, a2-u and a3-u at 2 → (4·1 + 2·2)/6 = 8/6.
    expect(co.averagePathLength).toBeCloseTo(8 / 6, 12);
    // Degrees 3, 2, 2, 1: Σ(3 − d) = 4 over (n−1)(n−2) = 6.
    expect(co.degreeCentralization).toBeCloseTo(4 / 6, 12);
    // a1 is on u–a2 and u–a3: 2 / 3 pairs = 2/3 normalised; Σ(2/3 − b) = 2 over n − 1 = 3.
    expect(co.betweennessCentralization).toBeCloseTo(2 / 3, 12);
  });

  it('computes the E-I index and the geography of ties', () => {
    // External: a1-b1, a3-g, u-g, a1-x → E = 4 = I, so E-I = 0.
    expect(co.externalTies).toBe(4);
    expect(co.eiIndex).toBe(0);
    // Local: 4 internal + a3-g + u-g = 6; neighbour: b1 (r2); international: x (country Y).
    expect(co.geography).toMatchObject({ local: 6, neighbour: 1, domestic: 0, international: 1, unknown: 0 });
    expect(co.geography.localShare).toBeCloseTo(0.75, 12);
    expect(co.geography.nonLocalShare).toBeCloseTo(0.25, 12);
    expect(co.geography.internationalShare).toBeCloseTo(0.125, 12);
    // Partners of external ties: b1 (cluster B), g, g, x → 1/4 in another cluster.
    expect(co.otherClusterShare).toBeCloseTo(0.25, 12);
    // Sectors known on a1-b1 (S1/S1) and a1-x (S1/S3) → 1/2 cross.
    expect(co.crossSectorExternalShare).toBeCloseTo(0.5, 12);
  });

  it('computes heterophily and the triple helix', () => {
    // Internal pairs with both sectors: S1-S1, S1-S2, S1-S2, S1-P85 → 3/4 cross-sector.
    expect(co.crossSectorShare).toBeCloseTo(0.75, 12);
    // Firms a1, a2, a3; only a1 tied to the university.
    expect(co.academiaTiedFirmShare).toBeCloseTo(1 / 3, 12);
    // a1-u industry–academia, a3-g industry–government, u-g academia–government: 1, 1, 1 → balance 1.
    expect(co.tripleHelix).toMatchObject({ industryAcademia: 1, industryGovernment: 1, academiaGovernment: 1 });
    expect(co.tripleHelix.balance).toBeCloseTo(1, 12);
  });

  it('computes localisation, concentration, resilience and sector HHI', () => {
    // Supply into members: a2→a1 100 (r1, local), b1→a1 300 (r2) → 100/400.
    expect(co.supplierLocalisation).toEqual({ share: 0.25, basis: 'VALUE', ties: 2 });
    // a1 touches 3 of 4 internal ties.
    expect(co.leader).toEqual({ organizationId: 'a1', internalDegree: 3, share: 0.75 });
    // Without a1: a2-a3 connected, u alone → 2 of the 3 left.
    expect(co.resilience.removed).toEqual(['a1']);
    expect(co.resilience.before).toBe(1);
    expect(co.resilience.after).toBeCloseTo(2 / 3, 12);
    // Employment S1 150, S2 50 → 0.75² + 0.25² = 0.625; counts S1 2, S2 1, P85 1 → 0.375.
    expect(co.sectorConcentration.employmentHhi).toBeCloseTo(0.625, 12);
    expect(co.sectorConcentration.countHhi).toBeCloseTo(0.375, 12);
    expect(co.sectorConcentration.coverage).toBeCloseTo(0.75, 12);
  });

  it('computes link intensity to the other cluster', () => {
    // One pair a1-b1 of 4·1 possible, value 300, one shared alliance → weight 2.
    const [toB] = linksFrom(ctx, linkMatrix(ctx), A);
    expect(toB).toEqual({ source: 'A', target: 'B', ties: 1, value: 300, sharedAlliances: 1, density: 0.25, weight: 2 });
  });

  it('scores the three strategies with the documented formulas', () => {
    const st = assessStrategy(co);
    const score = (s: string): number => st.scores.find((x) => x.strategy === s)?.score ?? NaN;
    // 0.40·(1−0)/2 + 0.35·0.625 + 0.25·min(1, 0.667/0.10) = 0.2 + 0.21875 + 0.25
    expect(score('SPECIALISATION')).toBeCloseTo(0.66875, 12);
    // 0.40·0.5 + 0.30·(0.25 + 0.125)/2 + 0.30·0 (no partner is the top-PageRank a1) = 0.25625
    expect(score('HUBBING')).toBeCloseTo(0.25625, 12);
    // 0.30·0.75 + 0.25·0.5 + 0.20·0.25 + 0.25·(1/3) = 0.483333…
    expect(score('INTEGRATION')).toBeCloseTo(0.225 + 0.125 + 0.05 + 0.25 / 3, 12);
    expect(st.dominant).toBe('SPECIALISATION');
    expect(st.scores[0]?.evidence.map((e) => e.measure)).toEqual(['eiIndex', 'sectorHhi', 'density']);
  });

  it('calls the strategy MIXED when the top two are within the margin', () => {
    const s = (strategy: StrategyScore['strategy'], score: number): StrategyScore => ({ strategy, score, formula: '', evidence: [] });
    expect(dominantOf([s('SPECIALISATION', 0.5), s('HUBBING', 0.46), s('INTEGRATION', 0.1)]).dominant).toBe('MIXED');
    expect(dominantOf([s('SPECIALISATION', 0.5), s('HUBBING', 0.44), s('INTEGRATION', 0.1)]).dominant).toBe('SPECIALISATION');
  });

  it('ticks the success-factor checklist', () => {
    const items = Object.fromEntries(checklist(ctx, A, co).map((i) => [i.factor, i]));
    // κ in A = 3, 2, 2, 1: z(a1) = 1/√0.5 ≈ 1.41 < 2.5, so no hub.
    expect(items['LEADING_ENTERPRISES']).toMatchObject({ met: false, count: 0 });
    expect(items['HUMAN_RESOURCES']).toMatchObject({ met: true, count: 1, secondary: 1 });
    expect(items['INNOVATION_INFRASTRUCTURE']).toMatchObject({ met: false, count: 0 });
    expect(items['PUBLIC_PRIVATE_PARTNERSHIP']).toMatchObject({ met: true, count: 2 });
    expect(items['STATE_SUPPORT']).toMatchObject({ met: true, count: 1, secondary: 500, organizationIds: ['g'] });
  });

  it('computes raw scorecard indicators with their coverage', () => {
    const raw = Object.fromEntries(rawIndicators(ctx, A, co).map((r) => [r.key, r]));
    // R&D collaborations: a1 and a3 of 4 members; training: a1 and u.
    expect(raw['rndCollaborationShare']).toEqual({ key: 'rndCollaborationShare', value: 0.5, coverage: 1 });
    expect(raw['trainingCollaborationShare']?.value).toBe(0.5);
    // a1 receives INVESTS_IN from x (country Y): 1 of 4 members.
    expect(raw['foreignInvestmentShare']?.value).toBe(0.25);
    // No firm reports R&D intensity: null, coverage 0.
    expect(raw['rdIntensity']).toEqual({ key: 'rdIntensity', value: null, coverage: 0 });
    expect(raw['employment']?.value).toBe(200);
    expect(raw['employment']?.coverage).toBe(0.75);
  });
});

describe('normalisation and aggregation of the scorecard', () => {
  it('normalises min–max and z-score, reversing lower-is-better indicators', () => {
    expect(normalise([1, 3, null, 2], 'MIN_MAX')).toEqual([0, 1, null, 0.5]);
    expect(normalise([1, 3, 2], 'MIN_MAX', false)).toEqual([1, 0, 0.5]);
    expect(normalise([4, 4], 'MIN_MAX')).toEqual([0.5, 0.5]);
    // mean 2, population sd 1
    expect(normalise([1, 3], 'Z_SCORE')).toEqual([-1, 1]);
    expect(normalise([null, null], 'Z_SCORE')).toEqual([null, null]);
  });

  it('aggregates with visible, overridable weights and renormalises over present indicators', () => {
    const raw = (rd: number | null, jobs: number) => [
      { key: 'rdIntensity' as const, value: rd, coverage: rd === null ? 0 : 1 },
      { key: 'employment' as const, value: jobs, coverage: 1 },
    ];
    const cards = scorecards(['p', 'q'], [raw(0.1, 100), raw(null, 300)], {
      weights: { channels: { ECONOMIC_GROWTH_INNOVATION: 3, JOBS_QUALITY_OF_LIFE: 1 } },
    });
    const [p, q] = cards;
    // p: economy = rdIntensity 0.5 (only one value → midpoint); jobs = 0 → (3·0.5 + 1·0)/4 = 0.375
    expect(p?.composite).toBeCloseTo(0.375, 12);
    // q: economy has no value (null, skipped); jobs = 1 → 1
    expect(q?.composite).toBe(1);
    expect(q?.rank).toBe(1);
    expect(p?.channels.find((c) => c.channel === 'ECONOMIC_GROWTH_INNOVATION')?.coverage).toBeCloseTo(0.25, 12);
  });

  it('rejects negative weights and all-zero channel weights', () => {
    expect(() => scorecards(['p'], [[]], { weights: { channels: { ENVIRONMENT: -1 } } })).toThrow(/≥ 0/);
    const zero = Object.fromEntries(
      ['ECONOMIC_GROWTH_INNOVATION', 'JOBS_QUALITY_OF_LIFE', 'SOCIAL_DEVELOPMENT', 'ENVIRONMENT', 'GEOGRAPHY_INFRASTRUCTURE', 'INTERNATIONAL_COMPETITIVENESS'].map((c) => [c, 0]),
    );
    expect(() => scorecards(['p'], [[]], { weights: { channels: zero } })).toThrow(/at least one channel/);
  });

  it('gives the normalised entropy of the triple helix', () => {
    expect(normalisedEntropy([1, 1, 1])).toBeCloseTo(1, 12);
    expect(normalisedEntropy([5, 0, 0])).toBe(0);
    expect(normalisedEntropy([0, 0, 0])).toBe(0);
    // (1/2, 1/2, 0): ln 2 / ln 3
    expect(normalisedEntropy([2, 2, 0])).toBeCloseTo(Math.log(2) / Math.log(3), 12);
  });
});

describe('degenerate inputs give defined values, never NaN', () => {
  const cases = {
    'an empty network with one cluster': network([], [], { clusters: [{ id: 'E', name: 'E', sector: null, regionId: null, country: null }] }),
    'a cluster of one organisation': network([org({ id: 'o', kind: 'ENTERPRISE', clusters: [0] })], [], {
      clusters: [{ id: 'E', name: 'E', sector: null, regionId: null, country: null }],
    }),
    'members without any tie or indicator': network(
      [org({ id: 'o1', kind: 'ENTERPRISE', clusters: [0] }), org({ id: 'o2', kind: 'SUPPLIER', clusters: [0] })],
      [],
      { clusters: [{ id: 'E', name: 'E', sector: null, regionId: null, country: null }] },
    ),
    'everything in one cluster': network(
      [org({ id: 'o1', kind: 'ENTERPRISE', clusters: [0] }), org({ id: 'o2', kind: 'SUPPLIER', clusters: [0] }), org({ id: 'o3', kind: 'UNIVERSITY', clusters: [0] })],
      [
        ['o1', 'o2', 'SUPPLIES'],
        ['o2', 'o3', 'COLLABORATES_WITH', 'RND'],
      ],
      { clusters: [{ id: 'E', name: 'E', sector: null, regionId: null, country: null }] },
    ),
  };
  it.each(Object.keys(cases))('%s', (name) => {
    const net = cases[name as keyof typeof cases];
    const ctx = clusterContext(net);
    const cmp = compareClusters(ctx, [0]);
    expect(finiteEverywhere(cmp)).toEqual([]);
    const r = cmp.reports[0];
    expect(r?.strategy.scores).toHaveLength(3);
    for (const s of r?.strategy.scores ?? []) expect(s.score).toBeGreaterThanOrEqual(0);
    if (name === 'everything in one cluster') {
      expect(r?.cooperation.eiIndex).toBe(-1);
      expect(r?.cooperation.externalTies).toBe(0);
      expect(r?.cooperation.otherClusterShare).toBeNull();
    } else {
      expect(r?.cooperation.eiIndex).toBe(0);
      expect(r?.cooperation.density).toBe(0);
      expect(r?.cooperation.supplierLocalisation.share).toBeNull();
    }
  });

  it('compares a cluster with itself alone at the min–max midpoint', () => {
    const ctx = clusterContext(handWorked());
    const card = compareClusters(ctx, [A]).reports[0]?.scorecard;
    expect(card?.composite).toBe(0.5);
  });
});
