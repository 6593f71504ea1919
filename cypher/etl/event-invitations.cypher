// `invitations` rows → (:Event:Invitation) with its participants. The loader sends only record
// ids not yet in the graph (an id seen before, in this or an earlier drop, changes nothing),
// so the event is created, never merged: a concurrent duplicate fails on the constraint
// instead of being linked twice.
UNWIND $rows AS row
CREATE (e:Event:Invitation {id: row.id})
SET e.date = date(row.date),
    e.srcFile = row.srcFile, e.srcLine = toInteger(row.srcLine), e.loadId = $loadId
WITH e, row
CALL (e, row) {
  MATCH (f:Foreigner {id: row.foreignerId})
  CREATE (e)-[:FOREIGNER]->(f)
}
CALL (e, row) {
  MATCH (d:Document {key: row.documentKey})
  CREATE (e)-[:DOCUMENT]->(d)
}
// the inviting party: a person or an organisation
CALL (e, row) {
  MATCH (p:Person {iin: row.partyIin})
  CREATE (e)-[:INVITER]->(p)
}
CALL (e, row) {
  MATCH (o:Organization {bin: row.partyBin})
  CREATE (e)-[:INVITER]->(o)
}
CALL (e, row) {
  MATCH (a:Address {key: row.addressKey})
  CREATE (e)-[:AT]->(a)
}
// the kind's own properties and unknown columns (`x_…`) last: a map SET before the
// MATCHes above would make the planner buffer the whole batch (Eager)
SET e += row.props
