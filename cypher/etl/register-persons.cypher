// Population-register rows. The loader sends only the first register row of a person (one
// first seen as a party has no register data yet); it sets the data and provenance.
UNWIND $rows AS row
MERGE (p:Person {iin: row.iin})
WITH p, row
CALL (p, row) {
  MATCH (a:Address {key: row.addressKey})
  MERGE (p)-[r:LIVES_AT]->(a)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
// Properties last. The label and the map SET (`+=` may write the merged key) still make the
// planner buffer the batch between SET items (Eager; EXPLAIN on Neo4j 5.26): a cost of the
// map, which carries the unknown `x_…` columns.
SET p:Party, p += row.props, p.birthDate = date(row.birthDate),
    p.srcFile = row.srcFile, p.srcLine = toInteger(row.srcLine), p.loadId = $loadId
