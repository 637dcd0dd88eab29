"""networkx reference values for the CORDIS slice of test/integration/cordis.int.test.ts.

Builds the co-participation graph of one country straight from the raw CORDIS files in
data/cordis-h2020/ with pandas and networkx, independently of the TypeScript importer, and
writes what the integration test compares with the graph read back from Neo4j:
counts (participations, organisations by kind, projects, pairs, clusters, memberships), the
number of connected components, and degree, strength, PageRank and betweenness of the top 5
organisations.

The graph, as docs/cordis.md defines it: nodes = organisations (PIC) with a participation in the
country; an edge for every pair that shares a project (both in the country), weight = number of
shared projects, since/until = first start year / last end year of those projects. Clusters =
programme parts with at least MIN_CLUSTER_SIZE organisations of the country.

Deterministic and rerunnable:

    python3 -m venv /tmp/atlas-cordis-venv
    /tmp/atlas-cordis-venv/bin/pip install -r scripts/cordis/requirements.txt
    /tmp/atlas-cordis-venv/bin/python scripts/cordis/reference.py [COUNTRY]

Source: CORDIS, European Commission (data/cordis-h2020/, MIT licence; see the SOURCE.txt files).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "cordis-h2020" / "participations"
OUT = ROOT / "test" / "fixtures" / "cordis"
MIN_CLUSTER_SIZE = 20
TOP = 5
KINDS = {"PRC": "ENTERPRISE", "HES": "UNIVERSITY", "REC": "RESEARCH", "PUB": "GOVERNMENT", "OTH": "SUPPORT"}


def read_csv(name: str) -> pd.DataFrame:
    # Everything as text, and "NA" kept as text: it is R's missing value in the year columns but
    # Namibia in the country column.
    return pd.read_csv(DATA / name, dtype=str, keep_default_na=False)


def year(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def top(values: dict[str, float], k: int = TOP) -> list[dict]:
    """The k largest, ties broken by id (string order), as the test ranks them."""
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [{"id": n, "value": float(v)} for n, v in ranked]


def main(country: str) -> None:
    parts = read_csv("h2020.csv.gz")
    parts = parts[parts["country"] == country]
    programme = read_csv("programme_parts.csv.gz")

    graph = nx.Graph()
    graph.add_nodes_from(sorted(parts["pic"].unique()))
    pairs: dict[tuple[str, str], dict] = {}
    for _rcn, group in parts.groupby("rcn", sort=True):
        start = min((y for y in map(year, group["start_year"]) if y is not None), default=None)
        end = max((y for y in map(year, group["end_year"]) if y is not None), default=None)
        for a, b in itertools.combinations(sorted(group["pic"]), 2):
            p = pairs.setdefault((a, b), {"weight": 0, "since": None, "until": None})
            p["weight"] += 1
            if start is not None and (p["since"] is None or start < p["since"]):
                p["since"] = start
            if end is not None and (p["until"] is None or end > p["until"]):
                p["until"] = end
    graph.add_weighted_edges_from((a, b, p["weight"]) for (a, b), p in pairs.items())

    # Ecosystems: organisations of the country per programme part.
    part_of = programme.groupby("rcn")["programme_part"].apply(list).to_dict()
    members: dict[str, set[str]] = defaultdict(set)
    coordinators: dict[str, set[str]] = defaultdict(set)
    for row in parts.itertuples():
        for part in part_of.get(row.rcn, []):
            members[part].add(row.pic)
            if row.role == "coordinator":
                coordinators[part].add(row.pic)
    kept = {p: m for p, m in members.items() if len(m) >= MIN_CLUSTER_SIZE}

    kinds = parts.drop_duplicates("pic")["type"].map(KINDS).value_counts().sort_index()
    components = list(nx.connected_components(graph))
    heaviest = sorted(pairs.items(), key=lambda kv: (-kv[1]["weight"], kv[0]))[:TOP]
    degree = dict(graph.degree())
    strength = dict(graph.degree(weight="weight"))
    out = {
        "country": country,
        "minClusterSize": MIN_CLUSTER_SIZE,
        "networkx": nx.__version__,
        "pandas": pd.__version__,
        "counts": {
            "participations": int(len(parts)),
            "organizations": graph.number_of_nodes(),
            "projects": int(parts["rcn"].nunique()),
            "pairs": graph.number_of_edges(),
            "totalWeight": int(sum(p["weight"] for p in pairs.values())),
            "clusters": len(kept),
            "memberships": sum(len(m) for m in kept.values()),
            "coordinatorMemberships": sum(len(coordinators[p] & m) for p, m in kept.items()),
            "kinds": {k: int(v) for k, v in kinds.items()},
        },
        "components": {
            "count": len(components),
            "largest": max(len(c) for c in components),
            "isolated": sum(1 for c in components if len(c) == 1),
        },
        "heaviestPairs": [{"sourceId": a, "targetId": b, **p} for (a, b), p in heaviest],
        "top": {
            "degree": top(degree),
            "strength": top(strength),
            # networkx defaults: alpha 0.85, weight="weight", tol 1e-6; betweenness unweighted, normalised.
            "pagerank": top(nx.pagerank(graph, alpha=0.85)),
            "betweenness": top(nx.betweenness_centrality(graph, normalized=True)),
        },
    }
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"reference-{country.lower()}.json"
    path.write_text(json.dumps(out, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {out['counts']['organizations']} organisations, {out['counts']['pairs']} pairs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "PT")
