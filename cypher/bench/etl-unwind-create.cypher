// Reference for bench/etl.ts only: the plainest possible load of the same rows (one node per
// row, cells as properties, no keys, no validation) into an empty database.
UNWIND $rows AS row
CREATE (n:BenchRow)
SET n = row
