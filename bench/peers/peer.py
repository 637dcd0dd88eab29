"""Times graph measures of networkx or python-igraph on an edge list, for `npm run bench -- analytics`.

usage: peer.py LIB EDGES N MEASURES [SAMPLES [MAX_RUNS [BUDGET]]]
  LIB       networkx | igraph
  EDGES     text file, one "u v" pair of node indices per line (undirected)
  N         number of nodes (0..N-1; isolated nodes included)
  MEASURES  comma-separated: degree,betweenness,betweenness_sampled,closeness,harmonic,
            eigenvector,pagerank,clustering,constraint,louvain
  SAMPLES   pivots for betweenness_sampled (networkx k=…; igraph has no sampled estimator)
  MAX_RUNS  runs repeat while the runs so far took less than BUDGET seconds, at least once
  BUDGET    and at most MAX_RUNS times (defaults 1000 and 1 s), as in bench/analytics.ts
Prints one JSON object {"best": {measure: seconds | null}, "first": {...}, "runs": {...},
"louvain_q": modularity of the partition found or null}; null = not offered by the library.
Each measure runs on an already built graph, under the same repeat rule as the engine's.
"""
import json
import sys
import time


def load_edges(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]


def run_networkx(edges, n, measures, samples):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    table = {
        "degree": lambda: nx.degree_centrality(g),
        "betweenness": lambda: nx.betweenness_centrality(g),
        "betweenness_sampled": lambda: nx.betweenness_centrality(g, k=samples, seed=1),
        "closeness": lambda: nx.closeness_centrality(g),
        "harmonic": lambda: nx.harmonic_centrality(g),
        "eigenvector": lambda: nx.eigenvector_centrality(g, max_iter=1000),
        "pagerank": lambda: nx.pagerank(g),
        "clustering": lambda: nx.clustering(g),
        "constraint": lambda: nx.constraint(g),
        "louvain": lambda: nx.community.louvain_communities(g, seed=1),
    }
    return table, lambda communities: nx.community.modularity(g, communities)


def run_igraph(edges, n, measures, samples):
    import igraph as ig

    g = ig.Graph(n=n, edges=edges, directed=False)
    table = {
        "degree": lambda: g.degree(),
        "betweenness": lambda: g.betweenness(directed=False),
        "betweenness_sampled": None,
        "closeness": lambda: g.closeness(),
        "harmonic": lambda: g.harmonic_centrality(),
        "eigenvector": lambda: g.eigenvector_centrality(),
        "pagerank": lambda: g.pagerank(),
        "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
        "constraint": lambda: g.constraint(),
        "louvain": lambda: g.community_multilevel(),
    }
    return table, lambda clustering: clustering.modularity


def main():
    lib, path, n, measures = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
    samples = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    max_runs = int(sys.argv[6]) if len(sys.argv) > 6 else 1000
    budget = float(sys.argv[7]) if len(sys.argv) > 7 else 1.0
    edges = load_edges(path)
    table, modularity_of = (run_networkx if lib == "networkx" else run_igraph)(edges, n, measures, samples)
    best, first, runs, louvain_q = {}, {}, {}, None
    for m in measures:
        fn = table.get(m)
        if fn is None:
            best[m] = first[m] = None
            continue
        times, spent = [], 0.0
        while len(times) < max_runs and spent < budget:
            t = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t)
            spent += times[-1]
            if m == "louvain" and louvain_q is None:
                louvain_q = modularity_of(result)
        best[m], first[m], runs[m] = min(times), times[0], len(times)
        print(json.dumps({"progress": m, "runs": len(times), "best": min(times)}), file=sys.stderr, flush=True)
    print(json.dumps({"best": best, "first": first, "runs": runs, "louvain_q": louvain_q}))


if __name__ == "__main__":
    main()
