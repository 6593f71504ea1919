// Leads page: networks of the latest detection run, filtered, in rank order.
// Params: $minScore (float|null), $pattern (string|null), $words (lower-cased words of the search
// in both scripts, each required; empty = no search), $offset, $limit.
MATCH (run:DetectionRun)
WITH run ORDER BY run.startedAt DESC LIMIT 1
MATCH (n:Network {runId: run.id})
WHERE ($minScore IS NULL OR n.score >= $minScore)
  AND ($pattern IS NULL OR $pattern IN n.patternIds)
  AND all(word IN $words WHERE n.searchText CONTAINS word)
WITH n ORDER BY n.rank
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[toInteger($offset)..toInteger($offset + $limit)] AS ids
