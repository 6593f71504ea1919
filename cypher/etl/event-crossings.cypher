// `crossings` rows → (:Event:Crossing) with its participants. Keyed by the record id; a row
// whose id already exists (an earlier drop, or a duplicate id) changes nothing, so only the
// row that created the event links it (first provenance wins).
UNWIND $rows AS row
MERGE (e:Crossing {id: row.id})
ON CREATE SET e:Event, e += row.props, e.date = date(row.date), e.crossedAt = datetime(row.crossedAt),
              e.srcFile = row.srcFile, e.srcLine = row.srcLine, e.loadId = $loadId
WITH e, row
WHERE e.srcFile = row.srcFile AND e.srcLine = row.srcLine AND e.loadId = $loadId
CALL (e, row) {
  MATCH (f:Foreigner {id: row.foreignerId})
  CREATE (e)-[:FOREIGNER]->(f)
}
CALL (e, row) {
  MATCH (d:Document {key: row.documentKey})
  CREATE (e)-[:DOCUMENT]->(d)
}
// the carrier: a person or an organisation
CALL (e, row) {
  MATCH (p:Person {iin: row.partyIin})
  CREATE (e)-[:CARRIER]->(p)
}
CALL (e, row) {
  MATCH (o:Organization {bin: row.partyBin})
  CREATE (e)-[:CARRIER]->(o)
}
CALL (e, row) {
  MATCH (a:Address {key: row.addressKey})
  CREATE (e)-[:AT]->(a)
}
CALL (e, row) {
  MATCH (v:Vehicle {plate: row.plate})
  CREATE (e)-[:VEHICLE]->(v)
}
