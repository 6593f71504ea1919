// One batch of documents nobody holds and no event used, with their conflict records.
MATCH (d:Document)
WHERE NOT EXISTS { (d)<-[:HOLDS]-() } AND NOT EXISTS { (d)<-[:DOCUMENT]-() }
WITH d LIMIT toInteger($batch)
OPTIONAL MATCH (c:DocumentConflict)-[:ON_DOCUMENT]->(d)
DETACH DELETE c
WITH DISTINCT d
DETACH DELETE d
RETURN count(*) AS deleted
