// Writes the Louvain community of each projected entity back to its node (MODEL.md:
// `communityId`). Params: $rows, a list of {e: element id, c: community}. The element ids
// come from the projection read moments before, so each row is a direct node seek (no index
// lookup by key); only nodes whose community changed are sent, and nothing is read before
// the write (a read of `communityId` here would make the planner buffer the batch).
UNWIND $rows AS r
MATCH (x) WHERE elementId(x) = r.e
SET x.communityId = r.c
RETURN count(*) AS written
