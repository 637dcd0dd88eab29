import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
const s = d.session();
const q = async (t: string) => (await s.run(t)).records.map(r => r.toObject());
console.log(await q(`MATCH (o:Organization {id:'org-mach-ent-010'})-[r:SUPPLIES|COLLABORATES_WITH]-(b) RETURN type(r), startNode(r) = o AS out, count(*)`));
// peer-equivalent nodes: out supplies + undirected collab, 2 levels
console.log(await q(`MATCH (o:Organization {id:'org-mach-ent-010'})
 OPTIONAL MATCH (o)-[:SUPPLIES>|COLLABORATES_WITH]-(b) WITH o, collect(DISTINCT b) AS l1
 UNWIND l1 AS b OPTIONAL MATCH (b)-[r2]-(c) WHERE (type(r2)='SUPPLIES' AND startNode(r2)=b) OR type(r2)='COLLABORATES_WITH'
 RETURN size(l1) AS hop1, count(DISTINCT c) AS hop2`).catch(e => e.message.slice(0,200)));
console.log(await q(`MATCH (o:Organization {id:'org-mach-ent-010'})-[r]-(b) WHERE type(r) IN ['SUPPLIES','COLLABORATES_WITH'] AND ((type(r)='SUPPLIES' AND startNode(r)=o) OR type(r)='COLLABORATES_WITH')
 WITH o, collect(DISTINCT b) AS l1 UNWIND l1 AS b MATCH (b)-[r2]-(c) WHERE (type(r2)='SUPPLIES' AND startNode(r2)=b) OR type(r2)='COLLABORATES_WITH'
 RETURN size(l1) AS hop1, count(DISTINCT c) AS hop2nodes, count(r2) AS rels`));
console.log(await q(`MATCH (c:Cluster {id:'cl-textile'})<-[:MEMBER_OF]-(o) OPTIONAL MATCH (o)-[r:SUPPLIES]->(x) WITH c, o, count(r) AS s OPTIONAL MATCH (o)-[r2:COLLABORATES_WITH]-(y) RETURN count(DISTINCT o) AS members, sum(s) AS sup, count(r2) AS coll`));
await s.close(); await d.close();
