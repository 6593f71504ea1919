// What a graph view colours nodes by. Returns rows: id (elementId), communityId (Louvain
// community of the last detection, or null), networks (list of {networkId, role,
// organizerRank}).
// Params: $ids — elementIds.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN id,
       n.communityId AS communityId,
       [(w:Network)-[h:HAS_MEMBER]->(n) |
         {networkId: w.id, role: h.role, organizerRank: h.organizerRank}] AS networks
