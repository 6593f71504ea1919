// What `arna start` needs to know before it serves: has a drop been loaded completely,
// and has detection persisted networks.
OPTIONAL MATCH (l:Load)
WHERE l.finishedAt IS NOT NULL
WITH count(l) AS loads
OPTIONAL MATCH (n:Network)
RETURN loads, count(n) AS networks
