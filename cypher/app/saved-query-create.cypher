// A new saved query of an analyst (not shared yet).
CREATE (q:SavedQuery {
  id: $id, name: $name, description: $description, cypher: $cypher, params: $params,
  owner: $owner, sharedWith: [], sharedRoles: [], createdAt: $now, updatedAt: $now, version: 1
})
RETURN q {.*} AS query
