// Everything known about one entity except its events (see investigate-entity-events):
// register links, documents and identity records of foreigners, networks it belongs to.
// Returns one row: node; links (list of {type, outgoing, props, other}) — register facts
// DIRECTOR, FOUNDER, LIVES_AT, LEGAL_ADDRESS, HAS_PHONE, HOLDS in either direction with
// their provenance properties; merges (IdentityMerge nodes merged into it); conflicts (list of
// {conflict, document, foreigners}) — DocumentConflicts between it or on it; networks (list of
// {network, role, organizerRank, why}).
// Params: $id — elementId of the entity.
MATCH (n) WHERE elementId(n) = $id
RETURN n AS node,
       [(n)-[r:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-(other) |
         {type: type(r), outgoing: startNode(r) = n, props: properties(r), other: other}] AS links,
       [(m:IdentityMerge)-[:MERGED_INTO]->(n) | m] AS merges,
       [(c:DocumentConflict)-[:BETWEEN|ON_DOCUMENT]->(n) |
         {conflict: c,
          document: head([(c)-[:ON_DOCUMENT]->(d) | d]),
          foreigners: [(c)-[:BETWEEN]->(f) | f]}] AS conflicts,
       [(w:Network)-[h:HAS_MEMBER]->(n) |
         {network: w, role: h.role, organizerRank: h.organizerRank, why: h.why}] AS networks
