// Writes the Louvain community of each projected entity back to its node (MODEL.md:
// `communityId`). Params: one list of {k: key, c: community} per kind ($person,
// $organization, $foreigner, $address, $phone, $vehicle, $document) and $runId; one
// index seek per row, one batch per transaction.
CALL () {
  UNWIND $person AS r
  MATCH (x:Person {iin: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $organization AS r
  MATCH (x:Organization {bin: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $foreigner AS r
  MATCH (x:Foreigner {id: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $address AS r
  MATCH (x:Address {key: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $phone AS r
  MATCH (x:Phone {e164: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $vehicle AS r
  MATCH (x:Vehicle {plate: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
CALL () {
  UNWIND $document AS r
  MATCH (x:Document {key: r.k})
  SET x.communityId = r.c, x.communityRunId = $runId
}
RETURN 1 AS done
