// (Party)-[:HAS_PHONE]->(Phone) from a register row or a party's phone on an event.
UNWIND $partyPhones AS row
MATCH (ph:Phone {e164: row.e164})
CALL (row, ph) {
  MATCH (p:Person {iin: row.iin})
  MERGE (p)-[r:HAS_PHONE]->(ph)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
CALL (row, ph) {
  MATCH (o:Organization {bin: row.bin})
  MERGE (o)-[r:HAS_PHONE]->(ph)
  ON CREATE SET r.srcFile = row.srcFile, r.srcLine = toInteger(row.srcLine), r.loadId = $loadId
}
