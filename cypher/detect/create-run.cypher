// One detection run. Params: $id, $startedAt (ISO), $params (JSON text), $modularity, $communities.
CREATE (run:DetectionRun {
  id: $id, startedAt: datetime($startedAt), params: $params,
  modularity: $modularity, communities: $communities
})
RETURN run.id AS id
