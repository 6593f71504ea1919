// What a graph view colours and badges nodes by. Returns rows: id (elementId), communityId
// (Louvain community of the last detection, or null), networks (list of {networkId, role,
// organizerRank}), eventRecords (events the node takes part in), relations (register
// relations). Both counts come from the degree store: no walk, even on a hub.
// Params: $ids — elementIds.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN id,
       n.communityId AS communityId,
       [(w:Network)-[h:HAS_MEMBER]->(n) |
         {networkId: w.id, role: h.role, organizerRank: h.organizerRank}] AS networks,
       COUNT { (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-() } AS eventRecords,
       COUNT { (n)-[:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-() } AS relations
