"""By-hand check of the graph exports with networkx (not part of the test suite: no Python in tests).

networkx cannot hold mixed graphs: it rejects directed="false" edges in a directed GraphML graph and
type="undirected" edges in a directed GEXF graph (Gephi and Cytoscape accept both). So this script
reads a copy in which those per-edge overrides are removed, after counting them.
Usage: python3 check-graph-xml.py graph.graphml graph.gexf
"""
import re
import sys
import tempfile

import networkx as nx


def strip(path, pattern):
    text = open(path, encoding="utf-8").read()
    n = len(re.findall(pattern, text))
    tmp = tempfile.NamedTemporaryFile("w", suffix=path[path.rfind("."):], delete=False, encoding="utf-8")
    tmp.write(re.sub(pattern, "", text))
    tmp.close()
    return tmp.name, n


def summary(g, n_undirected):
    labels = {}
    for _, data in g.nodes(data=True):
        labels[data.get("type")] = labels.get(data.get("type"), 0) + 1
    types = {}
    for *_, data in g.edges(data=True):
        t = data.get("type") or data.get("label")
        types[t] = types.get(t, 0) + 1
    print(f"  {g.number_of_nodes()} nodes {labels}")
    print(f"  {g.number_of_edges()} edges {types}; {n_undirected} marked undirected")
    for _, data in list(g.nodes(data=True))[:1]:
        print("  first node:", {k: (v, type(v).__name__) for k, v in data.items()})


graphml, gexf = sys.argv[1], sys.argv[2]
path, n = strip(graphml, r' directed="false"')
print(graphml)
summary(nx.read_graphml(path), n)
path, n = strip(gexf, r' type="undirected"')
print(gexf)
summary(nx.read_gexf(path), n)
