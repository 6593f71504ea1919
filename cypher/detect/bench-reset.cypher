// Empties the benchmark's own scratch database between drops (bench/detect-quality.ts only),
// one slice per call: the caller repeats until nothing is left.
MATCH (n)
WITH n LIMIT 20000
DETACH DELETE n
RETURN count(*) AS deleted
