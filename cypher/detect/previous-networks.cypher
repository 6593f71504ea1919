// Networks of the latest detection run with their member refs, for tracking ids across runs.
MATCH (run:DetectionRun)
WITH run ORDER BY run.startedAt DESC LIMIT 1
MATCH (n:Network {runId: run.id})
CALL (n) {
  MATCH (n)-[:HAS_MEMBER]->(x)
  RETURN collect(CASE
    WHEN x:Person THEN 'person:' + x.iin
    WHEN x:Organization THEN 'organization:' + x.bin
    WHEN x:Foreigner THEN 'foreigner:' + x.id
    WHEN x:Address THEN 'address:' + x.key
    WHEN x:Phone THEN 'phone:' + x.e164
    WHEN x:Vehicle THEN 'vehicle:' + x.plate
    WHEN x:Document THEN 'document:' + x.key
  END) AS members
}
RETURN n.id AS id, n.firstSeenRunId AS firstSeenRunId, members
