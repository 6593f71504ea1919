// bench/api.ts: parties that took part in many records without being hubs (from $minRecords
// to $maxRecords events, the per-node limit of an expansion): seeds whose 2-hop expansion
// fills hundreds of nodes. Busiest first.
MATCH (p:Person|Organization)
WITH p, COUNT { (p)<-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|DRIVER]-() } AS records
WHERE records >= $minRecords AND records <= $maxRecords
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS ref,
       records
ORDER BY records DESC
LIMIT toInteger($n)
