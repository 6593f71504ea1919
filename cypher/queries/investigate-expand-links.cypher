// One step of neighbourhood expansion: register relations of the frontier nodes
// (DIRECTOR, FOUNDER, LIVES_AT, LEGAL_ADDRESS, HAS_PHONE, HOLDS), undated, with provenance.
// Each frontier node contributes at most $perNode relations.
// Returns rows: type, start (node), end (node), props (the relationship's srcFile, srcLine,
// loadId), truncated (true on every row when some frontier node had more than $perNode).
// Params: $ids — elementIds of the frontier; $perNode.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  MATCH (n)-[r:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-()
  WITH r
  LIMIT toInteger($perNode) + 1
  RETURN collect(r) AS rels
}
WITH collect(rels[0..toInteger($perNode)]) AS lists,
     any(cut IN collect(size(rels) > toInteger($perNode)) WHERE cut) AS truncated
UNWIND lists AS kept
UNWIND kept AS r
WITH DISTINCT r, truncated
RETURN type(r) AS type, startNode(r) AS start, endNode(r) AS end, properties(r) AS props, truncated
