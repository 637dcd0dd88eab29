// One full-text index over every name, so that search(text) ranks across all entity kinds.
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Region|Cluster|Organization|Alliance) ON EACH [n.name, n.id];
