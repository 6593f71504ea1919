// A document used by foreigners who do not match each other (a sign of forged documents).
UNWIND $conflicts AS row
MATCH (d:Document {key: row.documentKey})
MERGE (c:DocumentConflict {id: row.id})
ON CREATE SET c.reason = row.reason, c.srcFile = row.srcFile, c.srcLine = toInteger(row.srcLine),
              c.loadId = $loadId
MERGE (c)-[:ON_DOCUMENT]->(d)
WITH c, row
UNWIND row.foreignerIds AS foreignerId
MATCH (f:Foreigner {id: foreignerId})
MERGE (c)-[:BETWEEN]->(f)
