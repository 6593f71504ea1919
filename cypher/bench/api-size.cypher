// bench/api.ts: size of the database (the benchmark wants at least 1M rows loaded, and the
// networks of a detection run, as after `arna start`).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (w:Network) RETURN count(w) AS networks }
RETURN nodes, relationships, events, networks
