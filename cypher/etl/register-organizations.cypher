// Business-register rows (the loader sends the first one per БИН): the organisation, its
// legal address, director and founders.
UNWIND $rows AS row
MERGE (o:Organization {bin: row.bin})
WITH o, row
CALL (o, row) {
  MATCH (a:Address {key: row.addressKey})
  MERGE (o)-[r:LEGAL_ADDRESS]->(a)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
CALL (o, row) {
  MATCH (d:Person {iin: row.directorIin})
  MERGE (o)-[r:DIRECTOR]->(d)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
CALL (o, row) {
  UNWIND row.founderIins AS founderIin
  MATCH (f:Person {iin: founderIin})
  MERGE (o)-[r:FOUNDER]->(f)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
// Properties last. The label and the map SET (`+=` may write the merged key) still make the
// planner buffer the batch between SET items (Eager; EXPLAIN on Neo4j 5.26): a cost of the
// map, which carries the unknown `x_…` columns.
SET o:Party, o += row.props, o.registeredOn = date(row.registeredOn),
    o.srcFile = row.srcFile, o.srcLine = toInteger(row.srcLine), o.loadId = $loadId
