// Writes the Louvain community of each projected entity back to its node (MODEL.md:
// `communityId`). Params: $rows = [{ref, c}], $runId. One batch per transaction.
UNWIND $rows AS row
WITH row, split(row.ref, ':')[0] AS kind
WITH row, kind, substring(row.ref, size(kind) + 1) AS key
CALL (kind, key) {
  MATCH (x:Person {iin: key}) WHERE kind = 'person' RETURN x
  UNION
  MATCH (x:Organization {bin: key}) WHERE kind = 'organization' RETURN x
  UNION
  MATCH (x:Foreigner {id: key}) WHERE kind = 'foreigner' RETURN x
  UNION
  MATCH (x:Address {key: key}) WHERE kind = 'address' RETURN x
  UNION
  MATCH (x:Phone {e164: key}) WHERE kind = 'phone' RETURN x
  UNION
  MATCH (x:Vehicle {plate: key}) WHERE kind = 'vehicle' RETURN x
  UNION
  MATCH (x:Document {key: key}) WHERE kind = 'document' RETURN x
}
SET x.communityId = row.c, x.communityRunId = $runId
RETURN count(*) AS written
