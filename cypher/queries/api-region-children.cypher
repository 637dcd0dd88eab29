// Regions directly inside each of $ids (PART_OF), by name.
UNWIND $ids AS id
MATCH (child:Region)-[:PART_OF]->(:Region {id: id})
WITH id, child ORDER BY child.name, child.id
RETURN id, collect(properties(child)) AS items
