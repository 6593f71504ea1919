// One saved query.
MATCH (q:SavedQuery {id: $id})
RETURN q {.*} AS query
