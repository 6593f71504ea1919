// Sets who besides the owner may see and run a saved query (users and whole roles).
MATCH (q:SavedQuery {id: $id})
SET q.sharedWith = $users, q.sharedRoles = $roles, q.updatedAt = $now, q.version = q.version + 1
RETURN q {.*} AS query
