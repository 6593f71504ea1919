// Warm-up after a server start (graph/src/investigate/warm-up.ts): one person who invited or
// hosted foreigners, whose profile, expansion and timeline run each investigation statement
// once, and the best-ranked network of the latest detection, if any. Nothing is returned to
// a user; the point is that Neo4j plans these statements (0.1–1.4 s each on a fresh JVM)
// before the first investigator asks.
// Returns at most one row: ref, name (a surname to search for), networkId (or null).
// Params: none.
MATCH (p:Person)
WHERE EXISTS { (p)<-[:INVITER|HOST]-(:Event) }
WITH p LIMIT 1
OPTIONAL CALL () {
  MATCH (w:Network)
  RETURN w.id AS networkId
  ORDER BY w.rank
  LIMIT 1
}
RETURN 'person:' + p.iin AS ref, coalesce(p.lastName, p.name) AS name, networkId
