// bench/api.ts: size of the database (the benchmark wants at least 1M rows loaded).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
RETURN nodes, relationships, events
