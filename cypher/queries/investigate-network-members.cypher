// The members of a network with their role. Returns rows: node, role, organizerRank (null
// unless an organizer candidate). No rows when the network does not exist.
// Params: $networkId — Network.id.
MATCH (:Network {id: $networkId})-[h:HAS_MEMBER]->(node)
RETURN node, h.role AS role, h.organizerRank AS organizerRank
