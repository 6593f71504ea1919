// Leads page filtered by workflow status/assignee as well: the filters of
// detect/leads-page.cypher (latest run, minScore, pattern, search) plus the LeadState join.
// A network without a LeadState is `new` and unassigned.
MATCH (run:DetectionRun)
WITH run ORDER BY run.startedAt DESC LIMIT 1
MATCH (n:Network {runId: run.id})
WHERE ($minScore IS NULL OR n.score >= $minScore)
  AND ($pattern IS NULL OR $pattern IN n.patternIds)
  AND ($search IS NULL OR n.searchText CONTAINS $search)
OPTIONAL MATCH (s:LeadState {networkId: n.id})
WITH n, coalesce(s.status, 'new') AS status, s.assignee AS assignee
WHERE ($statuses IS NULL OR status IN $statuses)
  AND ($assignee IS NULL OR assignee = $assignee)
WITH n ORDER BY n.rank
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[toInteger($offset)..toInteger($offset + $limit)] AS ids
