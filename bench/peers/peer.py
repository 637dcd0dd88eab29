"""Times graph measures of networkx or python-igraph on an edge list, for `npm run bench -- analytics`.

usage: peer.py LIB EDGES N MEASURES [SAMPLES]
  LIB       networkx | igraph
  EDGES     text file, one "u v" pair of node indices per line (undirected)
  N         number of nodes (0..N-1; isolated nodes included)
  MEASURES  comma-separated: degree,betweenness,betweenness_sampled,closeness,harmonic,
            eigenvector,pagerank,clustering,constraint,louvain
  SAMPLES   pivots for betweenness_sampled (networkx k=…; igraph has no sampled estimator)
Prints one JSON object {measure: seconds | null}; null = not offered by the library.
Each measure runs once, on an already built graph, as the engine's does.
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
    return table


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
    return table


def main():
    lib, path, n, measures = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
    samples = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    edges = load_edges(path)
    table = (run_networkx if lib == "networkx" else run_igraph)(edges, n, measures, samples)
    out = {}
    for m in measures:
        fn = table.get(m)
        if fn is None:
            out[m] = None
            continue
        t = time.perf_counter()
        fn()
        out[m] = time.perf_counter() - t
        print(json.dumps({"progress": m, "seconds": out[m]}), file=sys.stderr, flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
