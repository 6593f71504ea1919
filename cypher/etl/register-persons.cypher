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
// properties last: a map SET before the MATCH above would make the planner buffer the batch
SET p:Party, p += row.props, p.birthDate = date(row.birthDate),
    p.srcFile = row.srcFile, p.srcLine = toInteger(row.srcLine), p.loadId = $loadId
