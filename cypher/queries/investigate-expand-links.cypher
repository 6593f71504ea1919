// One step of neighbourhood expansion: register relations of the frontier nodes
// (DIRECTOR, FOUNDER, LIVES_AT, LEGAL_ADDRESS, HAS_PHONE, HOLDS), undated, with provenance.
// Returns rows: type, start (node), end (node), props (the relationship's srcFile, srcLine,
// loadId). Each frontier node contributes at most $perNode relations.
// Params: $ids — elementIds of the frontier; $perNode.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  MATCH (n)-[r:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-()
  RETURN r
  LIMIT toInteger($perNode)
}
WITH DISTINCT r
RETURN type(r) AS type, startNode(r) AS start, endNode(r) AS end, properties(r) AS props
