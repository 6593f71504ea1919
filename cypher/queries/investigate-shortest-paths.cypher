// All shortest paths between two nodes over the facts of the model (events and register
// relations; never detection or application records). An event's DOCUMENT is left out: it
// only repeats the way through the foreigner who holds it, while HOLDS still links two
// people who share one document. Returns rows: path.
// Params: $a, $b — elementIds of the ends; $avoid — elementIds no path may pass through
// (e.g. a railway carrier that links everyone); $limit — most paths.
// {{maxLength}} is replaced by graph/src/investigate/paths.ts with a validated integer:
// Cypher takes no parameter in a length bound.
MATCH (a) WHERE elementId(a) = $a
MATCH (b) WHERE elementId(b) = $b
MATCH p = allShortestPaths(
  (a)-[:FOREIGNER|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER|DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS*..{{maxLength}}]-(b)
)
WHERE none(n IN nodes(p) WHERE elementId(n) IN $avoid)
RETURN p AS path
LIMIT toInteger($limit)
