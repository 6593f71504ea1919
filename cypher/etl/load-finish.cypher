// Marks a load complete (first completion time kept).
MATCH (l:Load {id: $loadId})
SET l.finishedAt = coalesce(l.finishedAt, datetime())
