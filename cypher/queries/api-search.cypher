// Full-text search over every name and id (the `names` index). $query is a Lucene query that
// the service built from escaped user words; $labels narrows the entity labels; best first.
CALL db.index.fulltext.queryNodes('names', $query) YIELD node, score
WITH node, score, labels(node) AS labels
WHERE any(l IN labels WHERE l IN $labels)
RETURN labels, properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
