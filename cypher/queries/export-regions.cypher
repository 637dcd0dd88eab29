// Export reads back exactly what the importer wrote: the stored properties minus bookkeeping.
MATCH (n:Region)
RETURN properties(n) AS props
ORDER BY n.id
