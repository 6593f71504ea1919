// Full-text search over entity names and identifiers (index entity_search on searchText).
// Returns rows: node, score (Lucene relevance), best first.
// Params: $query — a Lucene query built by graph/src/investigate/lucene.ts (never raw user
// text); $labels — list of entity labels to keep, or null for all; $fetch — hits read from
// the index (more than $limit when filtering by label); $limit — rows returned.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($fetch)})
YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
ORDER BY score DESC
LIMIT toInteger($limit)
