/**
 * The indirect part of Burt's constraint, Σ_q p_iq p_qj for every tie i–j, from triangles.
 * On a graph without self-loops a term p_iq p_qj with q, j ∈ N(i) is non-zero only when i, q, j
 * form a triangle, so listing each triangle once and adding its six terms replaces the
 * neighbour-of-neighbour scan (O(Σ d²), dominated by the hubs of a scale-free graph) by forward
 * triangle listing in (degree, index) order, O(m^{3/2}) at worst: Schank & Wagner, "Finding,
 * counting and listing all triangles in large graphs, an experimental study", WEA 2005; Latapy,
 * Theor. Comput. Sci. 407, 2008 (as clustering.ts does).
 */

/**
 * `offsets`/`targets`: a symmetric CSR without self-loops or repeated ties, rows sorted by
 * neighbour; `share[p]` = p_ij for arc p = i→j. Returns a[p] = Σ_q p_iq p_qj per arc; with
 * `second`, a[p] = Σ_q share[i→q] · second[q→j] (effective size's Σ_q p_iq m_qj).
 */
export function indirectShares(offsets: Uint32Array, targets: Uint32Array, share: Float64Array, second: Float64Array = share): Float64Array {
  const n = offsets.length - 1;
  const arcs = targets.length;
  // rev[p]: the position of j→i for p = i→j. Visiting i in increasing order meets the entries of
  // each row j in their (sorted) order, so a cursor per row finds them in O(m).
  const rev = new Int32Array(arcs);
  const cursor = offsets.slice(0, Math.max(0, n));
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
      const j = targets[p] as number;
      rev[p] = cursor[j] as number;
      cursor[j] = (cursor[j] as number) + 1;
    }
  }
  // Forward adjacency: i → j when i comes before j in (degree, index) order; each tie once,
  // with the position of the arc in the full CSR.
  const deg = (u: number): number => (offsets[u + 1] as number) - (offsets[u] as number);
  const fOff = new Uint32Array(n + 1);
  const fTarget = new Int32Array(arcs >>> 1);
  const fArc = new Int32Array(arcs >>> 1);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const di = deg(i);
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
      const j = targets[p] as number;
      const dj = deg(j);
      if (di < dj || (di === dj && i < j)) {
        fTarget[len] = j;
        fArc[len++] = p;
      }
    }
    fOff[i + 1] = len;
  }
  const a = new Float64Array(arcs);
  /** mark[w] = position of arc u→w while u's forward neighbours are marked, else -1. */
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const fs = fOff[u] as number;
    const fe = fOff[u + 1] as number;
    if (fe - fs < 2) continue; // u is the first corner of a triangle only with two forward ties
    for (let f = fs; f < fe; f++) mark[fTarget[f] as number] = fArc[f] as number;
    for (let f = fs; f < fe; f++) {
      const v = fTarget[f] as number;
      const puv = fArc[f] as number;
      for (let g = fOff[v] as number, ge = fOff[v + 1] as number; g < ge; g++) {
        const puw = mark[fTarget[g] as number] as number;
        if (puw < 0) continue;
        const pvw = fArc[g] as number;
        const pvu = rev[puv] as number;
        const pwu = rev[puw] as number;
        const pwv = rev[pvw] as number;
        const suv = share[puv] as number;
        const suw = share[puw] as number;
        const svu = share[pvu] as number;
        const svw = share[pvw] as number;
        const swu = share[pwu] as number;
        const swv = share[pwv] as number;
        a[puv] = (a[puv] as number) + suw * (second[pwv] as number); // i = u, j = v, q = w
        a[puw] = (a[puw] as number) + suv * (second[pvw] as number); // i = u, j = w, q = v
        a[pvu] = (a[pvu] as number) + svw * (second[pwu] as number);
        a[pvw] = (a[pvw] as number) + svu * (second[puw] as number);
        a[pwu] = (a[pwu] as number) + swv * (second[pvu] as number);
        a[pwv] = (a[pwv] as number) + swu * (second[puv] as number);
      }
    }
    for (let f = fs; f < fe; f++) mark[fTarget[f] as number] = -1;
  }
  return a;
}
