/**
 * Several clusters side by side: each one's cooperation measures, strategy, checklist and
 * scorecard, the scorecard normalised across exactly the clusters compared (so comparing two
 * clusters and comparing all ten give different, both correct, normalised values), and the links
 * among them. A cluster compared with itself alone gets 0.5 on every min–max indicator.
 */
import type { ClusterContext } from './context.ts';
import { checklist, type ChecklistItem } from './checklist.ts';
import { cooperation, type Cooperation } from './cooperation.ts';
import { rawIndicators } from './indicators.ts';
import { clusterNetworkLinks, linkMatrix, type ClusterLink, type LinkMatrix } from './inter-cluster.ts';
import type { Normalisation } from './normalise.ts';
import { resolveWeights, scorecards, type ResolvedWeights, type Scorecard, type ScorecardWeights } from './scorecard.ts';
import { assessStrategy, MIXED_MARGIN, type StrategyAssessment } from './strategy.ts';

export interface ClusterReport {
  clusterId: string;
  name: string;
  cooperation: Cooperation;
  strategy: StrategyAssessment;
  scorecard: Scorecard;
  checklist: ChecklistItem[];
}

export interface ClusterComparison {
  clusterIds: string[];
  normalisation: Normalisation;
  weights: ResolvedWeights;
  reports: ClusterReport[];
  /** Links among the compared clusters (pairs with a tie, value or shared alliance). */
  links: ClusterLink[];
}

export interface CompareOptions {
  normalisation?: Normalisation;
  weights?: ScorecardWeights;
  resilienceK?: number;
  mixedMargin?: number;
  links?: LinkMatrix;
  /** Cooperation already computed (cache), by cluster index. */
  cooperation?: ReadonlyMap<number, Cooperation>;
}

export function compareClusters(ctx: ClusterContext, clusters: readonly number[], options: CompareOptions = {}): ClusterComparison {
  const links = options.links ?? linkMatrix(ctx);
  const weights = resolveWeights(options.weights);
  const normalisation = options.normalisation ?? 'MIN_MAX';
  const coops = clusters.map(
    (c) => options.cooperation?.get(c) ?? cooperation(ctx, c, links, options.resilienceK === undefined ? {} : { resilienceK: options.resilienceK }),
  );
  const raws = clusters.map((c, i) => rawIndicators(ctx, c, coops[i] as Cooperation));
  const ids = clusters.map((c) => ctx.net.clusters[c]?.id ?? '');
  const cards = scorecards(ids, raws, { normalisation, weights });
  const reports = clusters.map((c, i): ClusterReport => {
    const co = coops[i] as Cooperation;
    return {
      clusterId: co.clusterId,
      name: ctx.net.clusters[c]?.name ?? co.clusterId,
      cooperation: co,
      strategy: assessStrategy(co, options.mixedMargin ?? MIXED_MARGIN),
      scorecard: cards[i] as Scorecard,
      checklist: checklist(ctx, c, co),
    };
  });
  const chosen = new Set(ids);
  return {
    clusterIds: ids,
    normalisation,
    weights,
    reports,
    links: clusterNetworkLinks(ctx, links).filter((l) => chosen.has(l.source) && chosen.has(l.target)),
  };
}
