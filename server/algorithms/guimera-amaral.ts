/**
 * Guimerà–Amaral node roles from a partition into modules.
 * Guimerà & Amaral, "Functional cartography of complex metabolic networks", Nature 433, 2005.
 *
 *   z_i = (κ_i − mean κ_{s_i}) / std κ_{s_i}: within-module degree z-score, κ_i the number (or
 *         weight) of i's ties inside its own module s_i, mean and (population) std over the
 *         module's members;
 *   P_i = 1 − Σ_s (k_is / k_i)²: participation coefficient, k_is the ties from i into module s.
 *
 * Defined values where the formulas divide by zero: z = 0 when the module's κ has std 0 (e.g. a
 * module of one node, or all members alike); P = 0 for a node without ties. Self-loops are not
 * ties to another node and are ignored; directed graphs are taken as undirected (reciprocal arcs
 * one tie), unweighted. Roles use the thresholds of docs/domain.md, compared with a 1e-12
 * tolerance so that P = 0.3 computed as 0.30000000000000004 is still "≤ 0.30".
 */
import { BadUserInputError } from '../errors.ts';
import { simpleUndirected } from './centralization.ts';
import type { CompactGraph } from './graph.ts';
import { compactLabels } from './modularity.ts';

export type NodeRole =
  | 'ULTRA_PERIPHERAL'
  | 'PERIPHERAL'
  | 'NON_HUB_CONNECTOR'
  | 'NON_HUB_KINLESS'
  | 'PROVINCIAL_HUB'
  | 'CONNECTOR_HUB'
  | 'KINLESS_HUB';

export interface GuimeraAmaralResult {
  withinModuleZ: Float64Array;
  participation: Float64Array;
  roles: NodeRole[];
}

export const HUB_Z = 2.5;
const EPS = 1e-12;

export function classifyRole(z: number, p: number): NodeRole {
  if (z >= HUB_Z - EPS) {
    if (p <= 0.3 + EPS) return 'PROVINCIAL_HUB';
    if (p <= 0.75 + EPS) return 'CONNECTOR_HUB';
    return 'KINLESS_HUB';
  }
  if (p <= 0.05 + EPS) return 'ULTRA_PERIPHERAL';
  if (p <= 0.62 + EPS) return 'PERIPHERAL';
  if (p <= 0.8 + EPS) return 'NON_HUB_CONNECTOR';
  return 'NON_HUB_KINLESS';
}

export function guimeraAmaral(
  graph: CompactGraph,
  membership: ArrayLike<number>,
  options: { weighted?: boolean } = {},
): GuimeraAmaralResult {
  const n = graph.n;
  if (membership.length !== n) throw new BadUserInputError('partition must give a module for every node', { n });
  const weighted = options.weighted ?? false;
  if (weighted && graph.directed) throw new BadUserInputError('weighted roles need an undirected graph', {});
  const g = weighted ? graph : simpleUndirected(graph);
  const [module, count] = compactLabels(membership);
  const kappa = new Float64Array(n);
  const participation = new Float64Array(n);
  const perModule = new Float64Array(count);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let p = g.offsets[i] as number; p < (g.offsets[i + 1] as number); p++) {
      const j = g.targets[p] as number;
      if (j === i) continue;
      const w = weighted ? (g.weights[p] as number) : 1;
      const s = module[j] as number;
      if (perModule[s] === 0) touched.push(s);
      perModule[s] = (perModule[s] as number) + w;
      k += w;
    }
    kappa[i] = perModule[module[i] as number] as number;
    if (k > 0) {
      let sum = 0;
      for (const s of touched) sum += ((perModule[s] as number) / k) ** 2;
      participation[i] = 1 - sum;
    }
    for (const s of touched) perModule[s] = 0;
    touched.length = 0;
  }
  const size = new Float64Array(count);
  const mean = new Float64Array(count);
  const sq = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const s = module[i] as number;
    size[s] = (size[s] as number) + 1;
    mean[s] = (mean[s] as number) + (kappa[i] as number);
  }
  for (let s = 0; s < count; s++) mean[s] = (mean[s] as number) / (size[s] as number);
  for (let i = 0; i < n; i++) {
    const s = module[i] as number;
    sq[s] = (sq[s] as number) + ((kappa[i] as number) - (mean[s] as number)) ** 2;
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = module[i] as number;
    const std = Math.sqrt((sq[s] as number) / (size[s] as number));
    z[i] = std === 0 ? 0 : ((kappa[i] as number) - (mean[s] as number)) / std;
  }
  const roles: NodeRole[] = [];
  for (let i = 0; i < n; i++) roles.push(classifyRole(z[i] as number, participation[i] as number));
  return { withinModuleZ: z, participation, roles };
}
