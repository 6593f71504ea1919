// The chain's head: last seq and hash (none before the first entry).
OPTIONAL MATCH (h:AuditHead {id: 'audit'})
RETURN coalesce(h.seq, 0) AS seq, coalesce(h.hash, '') AS hash
