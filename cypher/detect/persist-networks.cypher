// Upserts the networks of a run with their members and records what changed.
// Params: $runId, $at (ISO), $networks = [{id, rank, score, size, firstSeenRunId,
// patterns (JSON: [{id, hits, evidence items, their templates}], printed when read),
// reasons (JSON), patternIds, members: [{elementId, role, organizerRank, why (JSON)}],
// added, removed, changed}].
UNWIND $networks AS net
MERGE (n:Network {id: net.id})
SET n.rank = net.rank, n.score = net.score, n.size = net.size, n.runId = $runId,
    n.firstSeenRunId = net.firstSeenRunId, n.patterns = net.patterns, n.reasons = net.reasons,
    n.patternIds = net.patternIds
WITH n, net
CALL (n) {
  MATCH (n)-[old:HAS_MEMBER]->()
  DELETE old
}
CALL (n, net) {
  UNWIND net.members AS m
  MATCH (x) WHERE elementId(x) = m.elementId
  CREATE (n)-[:HAS_MEMBER {role: m.role, organizerRank: m.organizerRank, why: m.why}]->(x)
  RETURN collect(coalesce(x.searchText, '')) AS texts
}
SET n.searchText = reduce(s = '', t IN texts | s + ' ' + t)
WITH n, net
CALL (n, net) {
  WITH n, net WHERE net.changed
  CREATE (n)-[:CHANGED_IN]->(:NetworkChange {
    networkId: net.id, runId: $runId, at: datetime($at), added: net.added, removed: net.removed
  })
}
RETURN count(n) AS persisted
