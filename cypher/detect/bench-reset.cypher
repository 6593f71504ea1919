// Empties the benchmark's own scratch database between drops (bench/detect-quality.ts only).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
