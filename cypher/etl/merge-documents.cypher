// Travel documents and who holds them (HOLDS carries the provenance of the first row).
UNWIND $documents AS row
MERGE (d:Document {key: row.key})
ON CREATE SET d.country = row.country, d.number = row.number, d.searchText = row.searchText
WITH d, row
MATCH (f:Foreigner {id: row.foreignerId})
MERGE (f)-[h:HOLDS]->(d)
ON CREATE SET h.srcFile = row.srcFile, h.srcLine = toInteger(row.srcLine), h.loadId = $loadId
