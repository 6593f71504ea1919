// Writes the Louvain community of each projected entity back to its node (MODEL.md:
// `communityId`). Params: one list of {k: key, c: community} per kind ($person,
// $organization, $foreigner, $address, $phone, $vehicle, $document); one index seek per
// row, one batch per transaction. Community ids are stable across runs, so only nodes whose
// community changed are written.
CALL () {
  UNWIND $person AS r
  MATCH (x:Person {iin: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $organization AS r
  MATCH (x:Organization {bin: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $foreigner AS r
  MATCH (x:Foreigner {id: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $address AS r
  MATCH (x:Address {key: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $phone AS r
  MATCH (x:Phone {e164: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $vehicle AS r
  MATCH (x:Vehicle {plate: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
CALL () {
  UNWIND $document AS r
  MATCH (x:Document {key: r.k})
  WHERE x.communityId IS NULL OR x.communityId <> r.c
  SET x.communityId = r.c
}
RETURN 1 AS done
