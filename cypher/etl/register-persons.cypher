// Population-register rows. The first register row of a person sets its data and
// provenance (a person first seen as a party has none yet); later ones change nothing.
UNWIND $rows AS row
MERGE (p:Person {iin: row.iin})
WITH p, row
WHERE p.srcFile IS NULL
SET p += row.props, p.birthDate = date(row.birthDate),
    p.srcFile = row.srcFile, p.srcLine = row.srcLine, p.loadId = $loadId
WITH p, row
CALL (p, row) {
  MATCH (a:Address {key: row.addressKey})
  MERGE (p)-[r:LIVES_AT]->(a)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = row.srcLine, r.loadId = $loadId
}
