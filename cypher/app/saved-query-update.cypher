// Replaces name, description, text and parameters of a saved query; returns the old text too.
MATCH (q:SavedQuery {id: $id})
WITH q, q {.*} AS before
SET q.name = $name, q.description = $description, q.cypher = $cypher, q.params = $params,
    q.updatedAt = $now, q.version = q.version + 1
RETURN q {.*} AS query, before
